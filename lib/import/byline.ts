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

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const NOT_THE_PERSON = new RegExp(
  [
    '^\\d+\\s*(?:min(?:ute)?s?|hours?)(?:\\s+read)?$',
    '^(?:updated|published|posted|last updated|reviewed)\\b',
    `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?$`,
    `^\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?$`,
    '^\\d{4}(?:-\\d{2}-\\d{2})?$',
    '^\\d{1,2}/\\d{1,2}/\\d{2,4}$',
  ].join('|'),
  'i',
);

export function parseByline(text: string): Byline | null {
  const parts = text
    .replace(/^\s*(?:by|written by|author)\s*:?\s+/i, '')
    .split(/\s*(?:\n|\s[—–|/·•]\s|[·•]|,|;)\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    // What blogs print beside a byline is not the person: the date, the reading time, "Updated".
    .filter((p) => p && !NOT_THE_PERSON.test(p));
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
  // "Dr. Sam Lee, PhD": the credentials say it; the site prints the name beside them.
  const bare = credentials.length > 0 ? name.replace(/^(?:dr|prof|mr|mrs|ms|mx)\.?\s+(?=\S)/i, '') : name;
  return { name: bare, credentials, ...(jobTitle ? { jobTitle } : {}) };
}
