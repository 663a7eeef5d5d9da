/**
 * Plain text out of Portable Text, once, for every rule that reads prose (safe messaging, claims,
 * readability, links), plus the two matching habits they share: whole words, case-insensitive, and
 * sentence scope.
 */
import { itemSegment, type PathSegment } from './findings';

export interface TextLink {
  /** The annotation's _key in the block's markDefs. */
  key: string;
  markIndex: number;
  href: unknown;
  /** The words the link is on, as the reader sees them. */
  text: string;
}

export interface TextBlock {
  /** The block's path segment inside its array: { _key } or an index. */
  segment: PathSegment;
  style: string;
  listItem?: string;
  text: string;
  links: TextLink[];
  /** True when some of the block's text carries an inline citation. */
  cited: boolean;
}

interface RawSpan {
  _type?: unknown;
  text?: unknown;
  marks?: unknown;
}
interface RawMarkDef {
  _type?: unknown;
  _key?: unknown;
  href?: unknown;
}
interface RawBlock {
  _type?: unknown;
  style?: unknown;
  listItem?: unknown;
  children?: unknown;
  markDefs?: unknown;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Every text block of a Portable Text value (other block types carry no prose and are skipped). */
export function textBlocks(value: unknown): TextBlock[] {
  const blocks: TextBlock[] = [];
  asArray(value).forEach((raw, index) => {
    const block = raw as RawBlock | null;
    if (!block || block._type !== 'block') return;
    const spans = asArray(block.children).filter((c): c is RawSpan => !!c && typeof (c as RawSpan).text === 'string');
    const marksOf = (span: RawSpan) => asArray(span.marks).filter((m): m is string => typeof m === 'string');
    const defs = asArray(block.markDefs) as Array<RawMarkDef | null>;
    const links: TextLink[] = [];
    let cited = false;
    defs.forEach((def, markIndex) => {
      if (!def || typeof def._key !== 'string') return;
      const used = spans.filter((s) => marksOf(s).includes(def._key as string));
      if (def._type === 'citationRef' && used.length > 0) cited = true;
      if (def._type === 'link') {
        links.push({
          key: def._key,
          markIndex,
          href: def.href,
          text: used
            .map((s) => s.text as string)
            .join('')
            .trim(),
        });
      }
    });
    blocks.push({
      segment: itemSegment(block, index),
      style: typeof block.style === 'string' ? block.style : 'normal',
      listItem: typeof block.listItem === 'string' ? block.listItem : undefined,
      text: spans.map((s) => s.text as string).join(''),
      links,
      cited,
    });
  });
  return blocks;
}

// Letters, digits and apostrophes belong to a word; a hyphen does not ("Ketamine-Assisted" contains
// "ketamine"), but a letter glued on does ("esketamine" does not).
const WORD_CHAR = '[\\p{L}\\p{N}]';

/**
 * A case-insensitive regular expression that matches any of the given phrases as whole words. Each
 * phrase is a regular-expression fragment; a space in it also matches a hyphen or several spaces.
 */
export function wholeWords(phrases: readonly string[]): RegExp {
  const body = phrases.map((p) => p.replace(/ /g, '[\\s\\u00A0-]+')).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'giu');
}

/** A negative lookahead for a wholeWords fragment: the phrase is not followed by any of these words. */
export const unless = (alternatives: string) => `(?! (?:${alternatives})(?![\\p{L}\\p{N}]))`;

/**
 * Accents off, letter for letter ("autolesión" → "autolesion", "ü" → "u"), with ñ kept (it is its own
 * letter: "año" is not "ano"). The result has the same length as the text, so a match in it is a
 * match at the same place in the text. Text is read in NFC, as typed; a combining accent is left as it is.
 */
export function foldAccents(text: string): string {
  return text.replace(/[áàâäÁÀÂÄéèêëÉÈÊËíìîïÍÌÎÏóòôöÓÒÔÖúùûüÚÙÛÜ]/g, (c) => c.normalize('NFD')[0]);
}

export interface Match {
  text: string;
  index: number;
}

export function allMatches(pattern: RegExp, text: string): Match[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}

// Periods that do not end a sentence: common abbreviations and single initials ("E. D. Ballard").
// Spanish ones too: "Dra.", "Sra.", "Lic.", "p. ej.", "núm.".
const ABBREVIATIONS =
  /(?<![\p{L}])(?:e\.g|i\.e|etc|vs|cf|al|approx|aprox|Dr|Dra|Mr|Mrs|Ms|Prof|St|No|Jr|Sr|Sra|Srta|Lic|Ing|Ud|Uds|Vd|p\. ej|ej|pág|págs|núm|U\.S|EE\. ?UU|[A-Z])\.(?=\s)/gu;
const HOLD = '\u0000';

/** Split prose into sentences on ., ! and ? (and …) followed by a space and a capital, digit, quote or an opening ¿ or ¡. */
export function sentences(text: string): string[] {
  const held = text.replace(ABBREVIATIONS, (m) => m.replace(/\./g, HOLD));
  return held
    .split(/(?<=[.!?…]["'”’»)\]]*)\s+(?=["'“‘«(\[¿¡]?[\p{Lu}\p{N}¿¡])/u)
    .map((s) => s.replace(new RegExp(HOLD, 'g'), '.').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** "a", "b" and "c" */
export function quotedList(items: readonly string[]): string {
  const quoted = [...new Set(items)].map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
