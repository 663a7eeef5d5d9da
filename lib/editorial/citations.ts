/**
 * Citation rules: authors named, DOI bare and well formed, APA 7 sentence case for article titles,
 * and one citation document per DOI.
 */
import { itemSegment, type Finding } from './findings';
import { normalizeDoi } from './doi';
import { describeHrefProblem } from './href';
import { citationAuthorsFinding, doiFinding } from './rules';

// Small words stay lowercase in title case too; they say nothing about the style used.
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'vs',
  'via',
  'with',
]);

interface TitleWord {
  word: string;
  /** First word of the title or of a subtitle (after ":", "?" or "."), which APA capitalises. */
  starts: boolean;
}

function titleWords(title: string): TitleWord[] {
  const result: TitleWord[] = [];
  let starts = true;
  for (const token of title.split(/\s+/).filter(Boolean)) {
    result.push({ word: token, starts });
    starts = /[:?!.]$/.test(token) || /^[—–]$/.test(token);
  }
  return result;
}

/** A word written Like This, not an acronym (PTSD), a mixed form (N-methyl-D-aspartate) or a number. */
const isCapitalisedWord = (word: string) => /^["“‘(]?\p{Lu}\p{Ll}+(?:[-–]\p{L}+)*[^\p{L}]*$/u.test(word);

/**
 * APA 7 writes article titles in sentence case. A hint (not an error: proper nouns are capitalised)
 * when most words that could be lowercase are capitalised, with the title as it would read.
 */
export function sentenceCaseHint(title: unknown): Pick<Finding, 'message' | 'suggestion'> | undefined {
  if (typeof title !== 'string') return undefined;
  const candidates = titleWords(title).filter(
    ({ word, starts }) => !starts && !MINOR_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, '')) && /\p{L}{2,}/u.test(word),
  );
  const capitalised = candidates.filter(({ word }) => isCapitalisedWord(word));
  if (capitalised.length < 2 || capitalised.length < candidates.length / 2) return undefined;
  const suggestion = titleWords(title)
    .map(({ word, starts }) => (!starts && isCapitalisedWord(word) ? word.toLowerCase() : word))
    .join(' ');
  return {
    message:
      'APA 7 writes article titles in sentence case: capitalise the first word, the first word after a colon, and proper nouns only.',
    suggestion: `"${suggestion}" (capitalise any names again).`,
  };
}

/** The form two DOIs are compared in: bare and lowercase (DOIs are case-insensitive). */
export const doiKey = (doi: string) => normalizeDoi(doi).toLowerCase();

export interface CitationLike {
  _id?: unknown;
  authors?: unknown;
  year?: unknown;
  title?: unknown;
  doi?: unknown;
  url?: unknown;
}

/** The rules of one citation document. */
export function citationFindings(citation: CitationLike): Finding[] {
  const findings: Finding[] = [];
  const authors = citationAuthorsFinding(Array.isArray(citation.authors) ? citation.authors : undefined);
  if (authors) findings.push({ ...authors, path: ['authors'] });
  if (typeof citation.year !== 'number' || !Number.isInteger(citation.year) || citation.year < 1800 || citation.year > 2100) {
    findings.push({
      level: 'error',
      path: ['year'],
      message: 'The year of publication is missing or not a year.',
      suggestion: 'Enter the four-digit year, e.g. 2019.',
    });
  }
  if (typeof citation.title !== 'string' || citation.title.trim() === '') {
    findings.push({ level: 'error', path: ['title'], message: 'The article title is missing.' });
  } else {
    const hint = sentenceCaseHint(citation.title);
    if (hint) findings.push({ level: 'warning', path: ['title'], ...hint });
  }
  const doi = doiFinding(citation.doi);
  if (doi) findings.push({ ...doi, path: ['doi'] });
  if (citation.url !== undefined && citation.url !== null && citation.url !== '') {
    const problem = describeHrefProblem(citation.url);
    if (problem || !/^https?:\/\//.test(String(citation.url))) {
      findings.push({ level: 'error', path: ['url'], message: problem ?? 'The URL must start with https:// or http://.' });
    }
  }
  return findings;
}

/** Citation documents sharing a DOI: each one is flagged, naming the others. */
export function duplicateDoiFindings(citations: readonly CitationLike[]): Map<string, Finding[]> {
  const byDoi = new Map<string, string[]>();
  for (const c of citations) {
    if (typeof c._id !== 'string' || typeof c.doi !== 'string' || c.doi.trim() === '') continue;
    const key = doiKey(c.doi);
    byDoi.set(key, [...(byDoi.get(key) ?? []), c._id]);
  }
  const result = new Map<string, Finding[]>();
  for (const [doi, ids] of byDoi) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      result.set(id, [
        {
          level: 'warning',
          path: ['doi'],
          message: `Another citation has the same DOI ${doi}: ${ids.filter((other) => other !== id).join(', ')}.`,
          suggestion: 'Keep one citation document and point every post at it.',
        },
      ]);
    }
  }
  return result;
}

// A number typed by hand where the site puts its own: "[1]", "[2, 3]", "[4–6]", "(1)", "¹".
const TYPED_NUMBER = String.raw`(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)`;
const TYPED_AT_END = new RegExp(`${TYPED_NUMBER}\\s*$`);
const TYPED_AT_START = new RegExp(`^\\s*${TYPED_NUMBER}`);

interface RawSpan {
  _type?: unknown;
  text?: unknown;
  marks?: unknown;
}
interface RawDef {
  _type?: unknown;
  _key?: unknown;
  citation?: { _ref?: unknown } | null;
}

const bareId = (ref: unknown) => (typeof ref === 'string' ? ref.replace(/^drafts\./, '') : undefined);
const quote = (text: string) => (text.length > 40 ? `…${text.slice(-40).trim()}` : text.trim());

/**
 * Inline citations that cannot go missing: a marker whose citation is not in the post's References
 * would show no number (error), and a bracket number typed beside a marker would show twice,
 * "[1][1]" (warning). Each names the cited words.
 */
export function citationMarkerFindings(post: { body?: unknown; citations?: unknown; [field: string]: unknown }): Finding[] {
  const listed = new Set(
    (Array.isArray(post.citations) ? post.citations : []).map((c) => bareId((c as { _ref?: unknown } | null)?._ref)).filter(Boolean),
  );
  const findings: Finding[] = [];
  (Array.isArray(post.body) ? post.body : []).forEach((raw, index) => {
    const block = raw as { _type?: unknown; children?: unknown; markDefs?: unknown } | null;
    if (!block || block._type !== 'block' || !Array.isArray(block.markDefs)) return;
    const path = ['body', itemSegment(block, index)];
    const spans = (Array.isArray(block.children) ? block.children : []) as RawSpan[];
    const textOf = (span: RawSpan | undefined) => (typeof span?.text === 'string' ? span.text : '');
    const marksOf = (span: RawSpan | undefined) => (Array.isArray(span?.marks) ? (span.marks as unknown[]) : []);
    for (const def of block.markDefs as RawDef[]) {
      if (!def || def._type !== 'citationRef' || typeof def._key !== 'string') continue;
      const key = def._key;
      const runs: string[][] = [];
      spans.forEach((span, i) => {
        if (!marksOf(span).includes(key)) return;
        if (i === 0 || !marksOf(spans[i - 1]).includes(key)) runs.push([]);
        runs[runs.length - 1].push(textOf(span));
        const next = spans[i + 1];
        if (marksOf(next).includes(key)) return;
        const cited = runs[runs.length - 1].join('');
        const typed = TYPED_AT_END.exec(cited)?.[0] ?? TYPED_AT_START.exec(textOf(next))?.[0];
        if (typed) {
          findings.push({
            level: 'warning',
            path,
            message: `A number typed by hand ("${typed.trim()}") sits beside the citation on "${quote(cited)}"; the site numbers citations itself, so readers would see it twice.`,
            suggestion: `Delete the typed "${typed.trim()}".`,
          });
        }
      });
      if (runs.length === 0) continue;
      const words = quote(runs[0].join(''));
      const ref = bareId(def.citation?._ref);
      if (!ref) {
        findings.push({
          level: 'error',
          path,
          message: `The citation on "${words}" does not point to a source, so readers would see no number.`,
          suggestion: 'Choose the citation in the marker, or remove the marker from these words.',
        });
      } else if (!listed.has(ref)) {
        findings.push({
          level: 'error',
          path,
          message: `The citation on "${words}" is not in this article's References, so readers would see no number and no source.`,
          suggestion: 'Add the same citation under "References" (References and safety), or remove the marker from these words.',
        });
      }
    }
  });
  return findings;
}
