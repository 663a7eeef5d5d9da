/**
 * Readability of an article body for patients (docs/ARCHITECTURE.md: Flesch-Kincaid grade 8 or lower).
 * Scored on body text only: each heading and list item counts as its own sentence, a paragraph is
 * split into sentences, and references and URLs are stripped first.
 *
 *   grade        = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *   reading ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)
 *
 * Syllables are counted with the usual English heuristic (vowel groups, less a silent final "e");
 * a number counts as one word of one syllable per digit, at most four; an acronym without vowels
 * ("BDNF") as one syllable per letter.
 */
import type { Finding } from './findings';
import { sentences, textBlocks } from './text';

export const READABILITY_TARGET_GRADE = 8;

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade level, one decimal. */
  grade: number;
  /** Flesch reading ease (0–100, higher is easier), one decimal. */
  readingEase: number;
}

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const DOI = /\b(?:doi:\s*)?10\.\d{4,9}\/\S+/gi;
// Inline references: "[1]", "[2, 3]", "[4–6]", "(Ballard et al., 2019)", "(Zarate, 2006; Feder, 2023)".
const NUMBERED_REFERENCE = /\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g;
const AUTHOR_YEAR_REFERENCE = /\s*\((?:[^()]*?,\s*)?(?:19|20)\d{2}[a-z]?(?:;[^()]*?(?:19|20)\d{2}[a-z]?)*\)/g;
// "1. The Neurobiology of Hope": a heading's number is not a sentence of its own.
const HEADING_NUMBER = /^\s*(?:\d+|[IVXLC]+)[.)]\s+/;
const REFERENCE_HEADINGS = /^(?:references|sources|bibliography|works cited|further reading)$/i;

function stripReferences(text: string): string {
  return text
    .replace(URL, ' ')
    .replace(DOI, ' ')
    .replace(NUMBERED_REFERENCE, '')
    .replace(AUTHOR_YEAR_REFERENCE, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1');
}

/** The sentences readability is computed on, from a Portable Text body. */
export function readableSentences(body: unknown): string[] {
  const result: string[] = [];
  let inReferenceList = false;
  for (const block of textBlocks(body)) {
    const isHeading = /^h[1-6]$/.test(block.style);
    if (isHeading) inReferenceList = REFERENCE_HEADINGS.test(block.text.trim());
    if (inReferenceList) continue;
    const text = stripReferences(isHeading ? block.text.replace(HEADING_NUMBER, '') : block.text).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (isHeading || block.listItem) result.push(text);
    else result.push(...sentences(text));
  }
  return result;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

export function syllables(word: string): number {
  if (/^\d+$/.test(word)) return Math.min(word.length, 4);
  const letters = word
    .toLowerCase()
    .replace(/['’]/g, '')
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
  if (letters === '') return 1;
  if (!/[aeiouy]/.test(letters)) return letters.length; // an acronym read letter by letter
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]).replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function readabilityOf(sentenceList: readonly string[]): Readability | undefined {
  const wordList = sentenceList.flatMap(words);
  if (sentenceList.length === 0 || wordList.length === 0) return undefined;
  const syllableCount = wordList.reduce((sum, w) => sum + syllables(w), 0);
  const wordsPerSentence = wordList.length / sentenceList.length;
  const syllablesPerWord = syllableCount / wordList.length;
  return {
    sentences: sentenceList.length,
    words: wordList.length,
    syllables: syllableCount,
    grade: round1(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    readingEase: round1(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
  };
}

export function bodyReadability(body: unknown): Readability | undefined {
  return readabilityOf(readableSentences(body));
}

/** "Grade 11.2 · reading ease 41.5" */
export function describeReadability(score: Readability): string {
  return `Flesch-Kincaid grade ${score.grade.toFixed(1)}, reading ease ${score.readingEase.toFixed(1)} (${score.words} words, ${score.sentences} sentences)`;
}

/** Warning when the body reads above grade 8. */
export function readabilityFindings(body: unknown): Finding[] {
  const score = bodyReadability(body);
  if (!score || score.grade <= READABILITY_TARGET_GRADE) return [];
  return [
    {
      level: 'warning',
      path: ['body'],
      message: `The text reads at grade ${score.grade.toFixed(1)} (reading ease ${score.readingEase.toFixed(1)}); patients read most easily at grade ${READABILITY_TARGET_GRADE} or lower.`,
      suggestion: 'Shorten long sentences and use everyday words for medical terms (explain a term once, then use it).',
    },
  ];
}
