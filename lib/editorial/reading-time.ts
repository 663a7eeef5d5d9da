/**
 * Reading time shown under an article's title. 200 words a minute is a comfortable pace for health
 * information read on a phone (adult silent reading averages about 238 for non-fiction; patients
 * reading about their own care go slower).
 */
import { dictionary } from '../i18n/dictionary';
import type { Language } from '../i18n/languages';
const WORDS_PER_MINUTE = 200;

/** Words as a reader counts them: runs of letters or digits, "ketamine-assisted" is one word. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(wordCount: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(wordCount) || wordCount <= 0) return 1;
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}

export function formatReadingTime(minutes: number, language: Language = 'en'): string {
  return dictionary(language).article.readingTime(minutes);
}
