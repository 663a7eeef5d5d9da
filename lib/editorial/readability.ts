/**
 * Readability of an article body for patients, by the formula of its language (docs/ARCHITECTURE.md).
 * Scored on body text only: each heading and list item counts as its own sentence, a paragraph is
 * split into sentences, and references and URLs are stripped first.
 *
 * English, Flesch-Kincaid, grade 8 or lower:
 *   grade        = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *   reading ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)
 * Syllables are counted with the usual English heuristic (vowel groups, less a silent final "e").
 *
 * Spanish, Szigriszt-Pazos on the INFLESZ scale, 55 ("normal") or higher, with Fernández-Huerta beside it:
 *   INFLESZ          = 206.835 − 62.3 × (syllables / words) − (words / sentences)
 *   Fernández-Huerta = 206.84 − 60 × (syllables / words) − 1.02 × (words / sentences)
 * (the often printed "0.60 × syllables" is per 100 words: the same formula). Spanish syllables are
 * counted by the rules of Spanish spelling (spanishSyllables).
 *
 * In both, a number counts as one word of one syllable per digit, at most four; an acronym without
 * vowels ("BDNF") as one syllable per letter.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import type { Finding } from './findings';
import { sentences, textBlocks } from './text';

export const READABILITY_TARGET_GRADE = 8;
/** INFLESZ 55 and above reads as "normal" or easier. */
export const READABILITY_TARGET_INFLESZ = 55;

interface Counts {
  sentences: number;
  words: number;
  syllables: number;
}

export interface EnglishReadability extends Counts {
  language: 'en';
  /** Flesch-Kincaid grade level, one decimal. */
  grade: number;
  /** Flesch reading ease (0–100, higher is easier), one decimal. */
  readingEase: number;
}

/** The INFLESZ scale (Barrio-Cantalejo et al., 2008). */
export type InfleszBand = 'very hard' | 'somewhat hard' | 'normal' | 'fairly easy' | 'very easy';

export interface SpanishReadability extends Counts {
  language: 'es';
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale (higher is easier), one decimal. */
  inflesz: number;
  band: InfleszBand;
  /** Fernández-Huerta reading ease (higher is easier), one decimal. */
  fernandezHuerta: number;
}

export type Readability = EnglishReadability | SpanishReadability;

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const DOI = /\b(?:doi:\s*)?10\.\d{4,9}\/\S+/gi;
// Inline references: "[1]", "[2, 3]", "[4–6]", "(Ballard et al., 2019)", "(Zarate, 2006; Feder, 2023)".
const NUMBERED_REFERENCE = /\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g;
const AUTHOR_YEAR_REFERENCE = /\s*\((?:[^()]*?,\s*)?(?:19|20)\d{2}[a-z]?(?:;[^()]*?(?:19|20)\d{2}[a-z]?)*\)/g;
// "1. The Neurobiology of Hope": a heading's number is not a sentence of its own.
const HEADING_NUMBER = /^\s*(?:\d+|[IVXLC]+)[.)]\s+/;
const REFERENCE_HEADINGS =
  /^(?:references|sources|bibliography|works cited|further reading|referencias(?: bibliográficas)?|fuentes|bibliografía|bibliografia|obras citadas|lecturas recomendadas)$/i;

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

const STRONG = 'aeoáéóíú'; // an accented i or u is a vowel of its own ("país", "río")
const WEAK = 'iuü';

/**
 * Syllables of a Spanish word, by its spelling: one per vowel, less the vowels that join into one
 * syllable. A weak vowel (i, u, ü) beside another vowel, unaccented, forms a diphthong ("cuidado",
 * "bien", "buey" is one); two strong vowels (a, e, o, or an accented í or ú) are a hiatus ("poeta",
 * "día", "leer"). The u of que, qui, gue and gui is silent ("guerra"), ü is not ("pingüino"); h is
 * silent, so vowels either side of it meet ("ahumado"); y is a vowel only at the end of a word after
 * a vowel ("muy", "hoy") or alone ("y").
 */
export function spanishSyllables(word: string): number {
  if (/^\d+$/.test(word)) return Math.min(word.length, 4);
  const letters = word
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-záéíóúüñ]/g, '');
  if (letters === '') return 1;
  if (letters === 'y') return 1;
  if (!/[aeiouáéíóúü]/.test(letters)) return letters.length; // an acronym read letter by letter
  const spelled = letters
    .replace(/([qg])u(?=[eiéí])/g, '$1') // silent u
    .replace(/h/g, '')
    .replace(/(?<=[aeiouáéíóú])y$/, 'i'); // final y after a vowel sounds as i
  let count = 0;
  let previous = '';
  for (const letter of spelled) {
    const vowel = STRONG.includes(letter) || WEAK.includes(letter);
    if (!vowel) {
      previous = '';
      continue;
    }
    // A new syllable unless this vowel joins the one before: not both strong, and not the same weak vowel twice.
    const joins = previous !== '' && !(STRONG.includes(previous) && STRONG.includes(letter)) && previous !== letter;
    if (!joins) count++;
    previous = letter;
  }
  return Math.max(1, count);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** INFLESZ bands: under 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, over 80 very easy. */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'very hard';
  if (score < 55) return 'somewhat hard';
  if (score <= 65) return 'normal';
  if (score <= 80) return 'fairly easy';
  return 'very easy';
}

export function readabilityOf(sentenceList: readonly string[]): EnglishReadability | undefined;
export function readabilityOf(sentenceList: readonly string[], language: 'en'): EnglishReadability | undefined;
export function readabilityOf(sentenceList: readonly string[], language: 'es'): SpanishReadability | undefined;
export function readabilityOf(sentenceList: readonly string[], language: Language): Readability | undefined;
export function readabilityOf(sentenceList: readonly string[], language: Language = DEFAULT_LANGUAGE): Readability | undefined {
  const wordList = sentenceList.flatMap(words);
  if (sentenceList.length === 0 || wordList.length === 0) return undefined;
  const count = language === 'es' ? spanishSyllables : syllables;
  const syllableCount = wordList.reduce((sum, w) => sum + count(w), 0);
  const wordsPerSentence = wordList.length / sentenceList.length;
  const syllablesPerWord = syllableCount / wordList.length;
  const counts = { sentences: sentenceList.length, words: wordList.length, syllables: syllableCount };
  if (language === 'es') {
    const inflesz = round1(206.835 - 62.3 * syllablesPerWord - wordsPerSentence);
    return {
      language,
      ...counts,
      inflesz,
      band: infleszBand(inflesz),
      fernandezHuerta: round1(206.84 - 60 * syllablesPerWord - 1.02 * wordsPerSentence),
    };
  }
  return {
    language: 'en',
    ...counts,
    grade: round1(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    readingEase: round1(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
  };
}

export function bodyReadability(body: unknown): EnglishReadability | undefined;
export function bodyReadability(body: unknown, language: 'en'): EnglishReadability | undefined;
export function bodyReadability(body: unknown, language: 'es'): SpanishReadability | undefined;
export function bodyReadability(body: unknown, language: Language): Readability | undefined;
export function bodyReadability(body: unknown, language: Language = DEFAULT_LANGUAGE): Readability | undefined {
  return readabilityOf(readableSentences(body), language);
}

/** True when the score meets its language's target: grade 8 or lower, or INFLESZ 55 or higher. */
export function meetsReadabilityTarget(score: Readability): boolean {
  return score.language === 'es' ? score.inflesz >= READABILITY_TARGET_INFLESZ : score.grade <= READABILITY_TARGET_GRADE;
}

/** The badge's words: "Grade 11.2", "Grade 1 or lower", "INFLESZ 62.3 · normal", "INFLESZ below 0 · very hard". */
export function readabilityLabel(score: Readability): string {
  // Long words in long sentences take the formula below 0; the scale itself starts at 0.
  if (score.language === 'es') return `INFLESZ ${score.inflesz < 0 ? 'below 0' : score.inflesz.toFixed(1)} · ${score.band}`;
  // The formula goes below 1 (even below 0) for very short words and sentences; no school grade is lower than 1.
  return score.grade < 1 ? 'Grade 1 or lower' : `Grade ${score.grade.toFixed(1)}`;
}

/** The target in words, for the badge's title. */
export function readabilityTarget(score: Readability): string {
  return score.language === 'es'
    ? `Aim for INFLESZ ${READABILITY_TARGET_INFLESZ} ("normal") or higher`
    : `Aim for grade ${READABILITY_TARGET_GRADE} or lower`;
}

/** "Flesch-Kincaid grade 11.2, reading ease 41.5 (…)" or "INFLESZ 48.2 (somewhat hard), Fernández-Huerta 55.1 (…)" */
export function describeReadability(score: Readability): string {
  const counts = `(${score.words} words, ${score.sentences} sentences)`;
  if (score.language === 'es') {
    return `INFLESZ ${score.inflesz.toFixed(1)} (${score.band}), Fernández-Huerta ${score.fernandezHuerta.toFixed(1)} ${counts}`;
  }
  return `Flesch-Kincaid grade ${score.grade.toFixed(1)}, reading ease ${score.readingEase.toFixed(1)} ${counts}`;
}

/** Warning when the body reads above its language's target. */
export function readabilityFindings(body: unknown, language: Language = DEFAULT_LANGUAGE): Finding[] {
  const score = bodyReadability(body, language);
  if (!score || meetsReadabilityTarget(score)) return [];
  if (score.language === 'es') {
    return [
      {
        level: 'warning',
        path: ['body'],
        message: `The Spanish text scores ${score.inflesz.toFixed(1)} on the INFLESZ scale (${score.band}; Fernández-Huerta ${score.fernandezHuerta.toFixed(1)}); patients read most easily at ${READABILITY_TARGET_INFLESZ} ("normal") or higher.`,
        suggestion: 'Acorte las frases largas y use palabras de todos los días en lugar de términos médicos (explique un término una vez).',
      },
    ];
  }
  return [
    {
      level: 'warning',
      path: ['body'],
      message: `The text reads at grade ${score.grade.toFixed(1)} (reading ease ${score.readingEase.toFixed(1)}); patients read most easily at grade ${READABILITY_TARGET_GRADE} or lower.`,
      suggestion: 'Shorten long sentences and use everyday words for medical terms (explain a term once, then use it).',
    },
  ];
}
