import { dictionary } from '../i18n/dictionary';
import type { Language } from '../i18n/languages';

/** "Katie Coon, BSN, RN": the name, then each credential in the order the author gave. */
export function formatAuthorName(author: { name: string; credentials?: readonly string[] }): string {
  const credentials = (author.credentials ?? []).map((c) => c.trim()).filter(Boolean);
  return [author.name.trim(), ...credentials].join(', ');
}

/** "Licensed RN, TX, license no. 123456": what a patient can check with the state board. */
export function formatLicense(license: { type: string; number?: string; state?: string }, language: Language = 'en'): string {
  const words = dictionary(language).author;
  const parts = [`${words.licensed} ${license.type.trim()}`];
  if (license.state?.trim()) parts.push(license.state.trim());
  if (license.number?.trim()) parts.push(`${words.licenseNumber} ${license.number.trim()}`);
  return parts.join(', ');
}

// Credentials typed together in one tag: "BSN, RN", "MD; PhD", "LPC/LMFT", "LCSW and LCDC", "BSN RN".
const SEPARATORS = /\s*(?:[,;/|&+]|\band\b)\s*/i;
const ABBREVIATION = /^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z.]*(?:-[A-Za-z]+)*$/;

/** "BSN", "PMHNP-BC", "Ph.D.", "LPC-Associate": a word shaped like a credential, not a name or a role. */
export const looksLikeCredential = (word: string): boolean => ABBREVIATION.test(word.trim());

/**
 * One tag split into the credentials it holds ("BSN, RN" → ["BSN", "RN"]; "PMHNP-BC" and "Ph.D." stay
 * whole). Words apart only by spaces are split when each is an abbreviation ("BSN RN", not "Board
 * certified").
 */
export function splitCredential(tag: string): string[] {
  const parts = tag
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.flatMap((part) => {
    const words = part.split(/\s+/);
    return words.length > 1 && words.every((w) => ABBREVIATION.test(w)) ? words : [part];
  });
}

/** Every credential of a list, each tag split into the credentials it holds. */
export function splitCredentials(tags: readonly unknown[]): string[] {
  return tags.flatMap((tag) => (typeof tag === 'string' ? splitCredential(tag) : []));
}
