/**
 * Safe messaging about suicide (reportingonsuicide.org; docs/ARCHITECTURE.md "Domain facts"): a post that
 * discusses suicide or self-harm must show the crisis resources, and stigmatising or sensational
 * wording is flagged with the wording to use instead.
 */
import type { Finding, PathSegment } from './findings';
import { allMatches, quotedList, sentences, textBlocks, wholeWords } from './text';

/**
 * The one list of terms that mean a text discusses suicide or self-harm. Whole words,
 * case-insensitive; each entry is a regular-expression fragment and a space also matches a hyphen.
 */
const SUICIDE_TERMS: readonly string[] = [
  'suicides?',
  'suicidal',
  'suicidality',
  'self harm(?:ing|ed)?',
  'self injury',
  'self injurious',
  'self inflicted',
  'kill(?:s|ed|ing)? (?:myself|yourself|himself|herself|themselves|themself|oneself)',
  "(?:end|ended|ending|take|took|taking) (?:my|your|his|her|their|one's) own life",
];

const SUICIDE_PATTERN = wholeWords(SUICIDE_TERMS);

/** The suicide or self-harm terms a text uses, as written (empty when it uses none). */
export function suicideTermsIn(text: string): string[] {
  return allMatches(SUICIDE_PATTERN, text).map((m) => m.text);
}

export const discussesSuicide = (text: string) => suicideTermsIn(text).length > 0;

interface LanguageRule {
  pattern: RegExp;
  /**
   * always: the phrase itself is about suicide; sentence: only in a sentence that mentions suicide or
   * self-harm ("epidemic" of what?); document: only in a text that discusses suicide at all.
   */
  scope: 'always' | 'sentence' | 'document';
  message: (found: string) => string;
  suggestion: (found: string) => string;
}

// "committed" → "died", "commits" → "dies"…: the replacement keeps the tense of what was written.
const DIE_BY: Record<string, string> = { commit: 'die', commits: 'dies', committed: 'died', committing: 'dying' };

/** The safe-messaging language lint: what to avoid, and what to write instead. */
const LANGUAGE_RULES: readonly LanguageRule[] = [
  {
    pattern: wholeWords(['commit(?:s|ted|ting)? suicide']),
    scope: 'always',
    message: (found) => `"${found}" speaks of suicide as a crime or a sin, which adds to stigma.`,
    suggestion: (found) => `Write "${DIE_BY[found.split(/[\s-]+/)[0].toLowerCase()] ?? 'died'} by suicide".`,
  },
  {
    pattern: wholeWords(['(?:successful|completed) suicide(?: attempt)?', '(?:successful|completed) attempt']),
    scope: 'document',
    message: (found) => `"${found}" presents a death by suicide as a success.`,
    suggestion: () => 'Write "died by suicide".',
  },
  {
    pattern: wholeWords(['(?:failed|unsuccessful) suicide attempt', '(?:failed|unsuccessful) attempt']),
    scope: 'document',
    message: (found) => `"${found}" presents surviving as a failure.`,
    suggestion: () => 'Write "attempted suicide" or "survived a suicide attempt".',
  },
  {
    pattern: wholeWords(['epidemics?']),
    scope: 'sentence',
    message: (found) => `"${found}" sensationalises suicide and can make it seem common or inevitable.`,
    suggestion: () => 'Give the rate and its source, e.g. "suicide rates have risen since 2000 (CDC)".',
  },
  {
    pattern: wholeWords(['skyrocket(?:s|ed|ing)?', 'soar(?:s|ed|ing)?']),
    scope: 'sentence',
    message: (found) => `"${found}" sensationalises suicide statistics.`,
    suggestion: () => 'Write "rising" or "increasing" and give the figures with their source.',
  },
];

export interface TextSource {
  path: PathSegment[];
  text: string;
}

/** Run the language lint over pieces of text (a title, an excerpt, each block of a body). */
export function languageFindings(sources: readonly TextSource[]): Finding[] {
  const documentDiscussesSuicide = sources.some((s) => discussesSuicide(s.text));
  const findings: Finding[] = [];
  for (const source of sources) {
    for (const sentence of sentences(source.text)) {
      const sentenceDiscussesSuicide = discussesSuicide(sentence);
      for (const rule of LANGUAGE_RULES) {
        if (rule.scope === 'sentence' && !sentenceDiscussesSuicide) continue;
        if (rule.scope === 'document' && !documentDiscussesSuicide) continue;
        for (const match of allMatches(rule.pattern, sentence)) {
          findings.push({
            level: 'warning',
            path: source.path,
            message: rule.message(match.text),
            suggestion: rule.suggestion(match.text),
          });
        }
      }
    }
  }
  return findings;
}

interface PostText {
  title?: unknown;
  excerpt?: unknown;
  body?: unknown;
  crisisSupport?: unknown;
  /** A document carries more fields than the rules read. */
  [field: string]: unknown;
}

/** The title, the excerpt and each text block of a post's body, with their paths. */
export function postTextSources(post: PostText): TextSource[] {
  const sources: TextSource[] = [];
  if (typeof post.title === 'string') sources.push({ path: ['title'], text: post.title });
  if (typeof post.excerpt === 'string') sources.push({ path: ['excerpt'], text: post.excerpt });
  for (const block of textBlocks(post.body)) sources.push({ path: ['body', block.segment], text: block.text });
  return sources;
}

/** Error: a post that discusses suicide or self-harm without the crisis resources switched on. */
export function crisisSupportFinding(post: PostText): Finding | undefined {
  if (post.crisisSupport === true) return undefined;
  const terms = postTextSources(post).flatMap((s) => suicideTermsIn(s.text).map((t) => t.toLowerCase()));
  if (terms.length === 0) return undefined;
  return {
    level: 'error',
    path: ['crisisSupport'],
    message: `This article mentions suicide or self-harm (${quotedList(terms.slice(0, 3))}), so readers must see where to get help now (988).`,
    suggestion: 'Turn on "Show crisis resources".',
  };
}

/** Every safe-messaging finding of a post. */
export function safeMessagingFindings(post: PostText): Finding[] {
  const crisis = crisisSupportFinding(post);
  return [...(crisis ? [crisis] : []), ...languageFindings(postTextSources(post))];
}
