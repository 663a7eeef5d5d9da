/**
 * A byline as blogs print it, split into what an author document holds: the name, each credential,
 * and the job title ("Elena Martínez, MD"; "By Ana Ruiz, PhD, LPC-S — Director of Psychotherapy";
 * the seed's closing "Katie Coon" / "BSN, RN, San Antonio Clinic Manager").
 */
import { looksLikeCredential, splitCredential } from '../editorial/people';

export interface Byline {
  name: string;
  credentials: string[];
  jobTitle?: string;
}

export function parseByline(text: string): Byline | null {
  const parts = text
    .replace(/^\s*(?:by|written by|author)\s*:?\s+/i, '')
    .split(/\s*(?:\n|\s[—–|/]\s|,|;)\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const [name, ...rest] = parts;
  if (!name || looksLikeCredential(name) || name.length > 80 || !/\p{L}/u.test(name)) return null;
  const credentials: string[] = [];
  let i = 0;
  for (; i < rest.length; i += 1) {
    const words = splitCredential(rest[i]);
    if (!words.every(looksLikeCredential)) break;
    credentials.push(...words);
  }
  const jobTitle = rest.slice(i).join(', ');
  return { name, credentials, ...(jobTitle ? { jobTitle } : {}) };
}
