/**
 * Labelled sentences for measuring the safe-messaging lint (tests/fixtures/lint-corpus, `npm run
 * bench:lint`): reading a corpus file and scoring the lint on it. A corpus is JSON Lines, one object
 * per line: {"text": "…", "crisis": true|false, "method": true|false, "language": "en"|"es"};
 * "method" may be left out (false). A JSON array of the same objects is read too.
 *
 * Each sentence is scored by the rules of its language: its own "language", else the file's (a name
 * that begins "es" or "en": es.jsonl, es-holdout.jsonl, en_blind.json), else the language its words
 * are in (guessLanguage).
 */
import path from 'node:path';
import { guessLanguage, isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import { describesMethod, needsCrisisResources } from './safe-messaging';

export interface LabelledSentence {
  text: string;
  /** The sentence speaks of suicide, self-harm or overdose: crisis resources are due. */
  crisis: boolean;
  /** It describes a method or a lethal dose: a warning is due. */
  method: boolean;
  /** Whose rules score it. */
  language: Language;
  /** 1-based line (JSON Lines) or item number, for messages. */
  line: number;
}

/** The language a corpus file's name gives ("es-holdout.jsonl" → "es"), if any. */
export function corpusFileLanguage(name: string): Language | undefined {
  const prefix = /^([a-z]{2})(?:[-_.]|$)/i.exec(path.basename(name))?.[1]?.toLowerCase();
  return isLanguage(prefix) ? prefix : undefined;
}

/** Parse a corpus; every problem is named with its line, and nothing is skipped silently. */
export function parseCorpus(source: string, name: string): LabelledSentence[] {
  const fileLanguage = corpusFileLanguage(name);
  const trimmed = source.trim();
  const items: Array<{ value: unknown; line: number }> = [];
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${name}: not valid JSON (${(error as Error).message}).`);
    }
    (parsed as unknown[]).forEach((value, i) => items.push({ value, line: i + 1 }));
  } else {
    source.split(/\r?\n/).forEach((text, i) => {
      if (text.trim() === '' || text.trim().startsWith('//')) return;
      try {
        items.push({ value: JSON.parse(text), line: i + 1 });
      } catch (error) {
        throw new Error(`${name}:${i + 1}: not valid JSON (${(error as Error).message}).`);
      }
    });
  }
  return items.map(({ value, line }) => {
    const item = value as { text?: unknown; crisis?: unknown; method?: unknown; language?: unknown } | null;
    if (!item || typeof item.text !== 'string' || item.text.trim() === '') throw new Error(`${name}:${line}: "text" must be a sentence.`);
    if (typeof item.crisis !== 'boolean') throw new Error(`${name}:${line}: "crisis" must be true or false.`);
    if (item.method !== undefined && typeof item.method !== 'boolean') throw new Error(`${name}:${line}: "method" must be true or false.`);
    if (item.language !== undefined && !isLanguage(item.language)) {
      throw new Error(`${name}:${line}: "language" must be one of ${LANGUAGES.map((l) => `"${l}"`).join(', ')}.`);
    }
    const language = item.language ?? fileLanguage ?? guessLanguage(item.text);
    return { text: item.text, crisis: item.crisis, method: item.method === true, language, line };
  });
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  /** The sentences the lint got wrong. */
  missed: LabelledSentence[];
  falseAlarms: LabelledSentence[];
}

function score(
  corpus: readonly LabelledSentence[],
  label: (s: LabelledSentence) => boolean,
  predict: (text: string, language: Language) => boolean,
): Score {
  const missed: LabelledSentence[] = [];
  const falseAlarms: LabelledSentence[] = [];
  let tp = 0;
  let tn = 0;
  for (const sentence of corpus) {
    const predicted = predict(sentence.text, sentence.language);
    if (predicted && label(sentence)) tp++;
    else if (!predicted && !label(sentence)) tn++;
    else if (predicted) falseAlarms.push(sentence);
    else missed.push(sentence);
  }
  const fp = falseAlarms.length;
  const fn = missed.length;
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    // With nothing predicted (or nothing to find) the ratio is undefined; 1 says "no error made".
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    missed,
    falseAlarms,
  };
}

/** How well the lint tells sentences that need crisis resources, and those that describe a method. */
export function scoreLint(corpus: readonly LabelledSentence[]): { crisis: Score; method: Score } {
  return {
    crisis: score(corpus, (s) => s.crisis, needsCrisisResources),
    method: score(corpus, (s) => s.method, describesMethod),
  };
}
