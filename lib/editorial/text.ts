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

export interface Match {
  text: string;
  index: number;
}

export function allMatches(pattern: RegExp, text: string): Match[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}

// Periods that do not end a sentence: common abbreviations and single initials ("E. D. Ballard").
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|cf|al|approx|Dr|Mr|Mrs|Ms|Prof|St|No|Jr|Sr|U\.S|[A-Z])\.(?=\s)/g;
const HOLD = '\u0000';

/** Split prose into sentences on ., ! and ? followed by a space and a capital, digit or quote. */
export function sentences(text: string): string[] {
  const held = text.replace(ABBREVIATIONS, (m) => m.replace(/\./g, HOLD));
  return held
    .split(/(?<=[.!?]["'”’)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/u)
    .map((s) => s.replace(new RegExp(HOLD, 'g'), '.').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** "a", "b" and "c" */
export function quotedList(items: readonly string[]): string {
  const quoted = [...new Set(items)].map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
