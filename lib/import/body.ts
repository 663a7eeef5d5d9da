/**
 * What an imported body holds besides its text: the reference list at its end (a "References"
 * heading followed by paragraphs or list items), the crisis note, and author–date citations in the
 * text ("(Short et al., 2018)") that match a reference: those stay as written and link to it.
 */
import type { ImportedArticle } from './article';
import type { Byline } from './byline';
import { textOf, type PortableNode } from './portable';
import { CRISIS_NOTE, REFERENCES_HEADING } from './plain-text';

const isHeading = (node: PortableNode) => node._type === 'block' && /^h[1-6]$/.test(String(node.style)) && !node.listItem;
/** "References" as a heading, or as a paragraph that is only bold text ("<p><strong>References</strong></p>"). */
function isReferencesHeading(node: PortableNode): boolean {
  if (node._type !== 'block' || node.listItem) return false;
  const text = textOf(node).trim();
  if (!REFERENCES_HEADING.test(text)) return false;
  if (isHeading(node)) return true;
  const children = node.children as Array<{ marks?: string[]; text?: string }>;
  return children.every((c) => (c.text ?? '').trim() === '' || (c.marks ?? []).includes('strong'));
}

/**
 * The body without its reference list, and the list's entries as written. The list runs from the
 * heading to the next heading of the same or a higher level, or to the end.
 */
export function splitReferences(body: readonly PortableNode[]): { body: PortableNode[]; references: string[] } {
  const at = body.findIndex(isReferencesHeading);
  if (at < 0) return { body: [...body], references: [] };
  const level = isHeading(body[at]) ? Number(String(body[at].style).slice(1)) : 6;
  let end = at + 1;
  while (end < body.length && !(isHeading(body[end]) && Number(String(body[end].style).slice(1)) <= level)) end += 1;
  const within = body.slice(at + 1, end);
  const references = within
    .filter((node) => node._type === 'block')
    .map((node) => textOf(node).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // An image among the references is not one: it stays in the body.
  const kept = within.filter((node) => node._type !== 'block');
  return { body: [...body.slice(0, at), ...kept, ...body.slice(end)], references };
}

/** The crisis note ("Note: If you are in immediate crisis…") taken out of the body: the site shows crisis resources instead. */
export function splitCrisisNote(body: readonly PortableNode[]): { body: PortableNode[]; crisisMessage?: string } {
  const at = body.findIndex((node) => node._type === 'block' && !node.listItem && CRISIS_NOTE.test(textOf(node).trim()));
  if (at < 0) return { body: [...body] };
  return { body: [...body.slice(0, at), ...body.slice(at + 1)], crisisMessage: textOf(body[at]).replace(/\s+/g, ' ').trim() };
}

/**
 * An article's body, its reference list and its crisis note, apart. The crisis note is taken first:
 * posts end "References…, Note: If you are in crisis…", and the note is no reference.
 */
export function articleParts(blocks: readonly PortableNode[]): { body: PortableNode[]; references: string[]; crisisMessage?: string } {
  const { body: withoutNote, crisisMessage } = splitCrisisNote(blocks);
  const { body, references } = splitReferences(withoutNote);
  return { body, references, ...(crisisMessage ? { crisisMessage } : {}) };
}

export interface CitedSource {
  id: string;
  /** Family names of the authors, in order (a group author's name too). */
  families: string[];
  year: number;
}

const YEAR = /\b(1[6-9]\d{2}|20\d{2})[a-z]?\b/;
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The source an author–date citation names: same year, and its first author's family name in the text. */
function sourceFor(text: string, sources: readonly CitedSource[]): CitedSource | undefined {
  const year = YEAR.exec(text)?.[1];
  if (!year) return undefined;
  const folded = fold(text);
  const candidates = sources.filter((s) => s.year === Number(year) && s.families[0] && folded.includes(fold(s.families[0])));
  if (candidates.length <= 1) return candidates[0];
  // Two sources by one first author in one year: the second author decides, when the text names one.
  return candidates.find((s) => s.families[1] && folded.includes(fold(s.families[1]))) ?? candidates[0];
}

/** "(Short et al., 2018; Ballard et al., 2019)": each cited part, with its offset in the text. */
function* authorDateParts(text: string): Generator<{ start: number; end: number; text: string }> {
  for (const m of text.matchAll(/\(([^()]{3,300})\)/g)) {
    let offset = m.index + 1;
    for (const part of m[1].split(';')) {
      const lead = part.length - part.trimStart().length;
      const trimmed = part.trim().replace(/^(?:see also|see|e\.g\.,?|cf\.)\s+/i, '');
      const start = offset + lead + (part.trim().length - trimmed.length);
      if (YEAR.test(trimmed) && /\p{Lu}/u.test(trimmed)) yield { start, end: start + trimmed.length, text: trimmed };
      offset += part.length + 1;
    }
  }
  // Narrative: "Short et al. (2018)", "Ballard and Zarate (2019)".
  for (const m of text.matchAll(
    /\b(\p{Lu}[\p{L}'’-]+(?:\s+(?:et al\.|and|&)(?:\s+\p{Lu}[\p{L}'’-]+)?)?)\s+\(((?:1[6-9]|20)\d{2}[a-z]?)\)/gu,
  )) {
    yield { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
}

type Span = { _type: 'span'; _key: string; text: string; marks: string[] };

/**
 * Author–date citations that match one of `sources` get a `citationRef` annotation on their own text,
 * marked `authorDate` (no number is added: the site links the words to the reference). A citation split across spans
 * (emphasis inside it) or inside a link is left as text. Returns the ids of the sources cited.
 */
export function linkAuthorDateCitations(body: PortableNode[], sources: readonly CitedSource[]): PortableNode[] {
  if (sources.length === 0) return body;
  return body.map((node) => {
    if (node._type !== 'block' || !Array.isArray(node.children)) return node;
    const markDefs = [...((node.markDefs as Array<{ _key: string; _type: string }> | undefined) ?? [])];
    const links = new Set(markDefs.filter((d) => d._type === 'link').map((d) => d._key));
    let changed = false;
    const children: Span[] = [];
    for (const child of node.children as Span[]) {
      if (
        child._type !== 'span' ||
        child.marks.some((m) => links.has(m) || markDefs.some((d) => d._key === m && d._type === 'citationRef'))
      ) {
        children.push(child);
        continue;
      }
      const ranges = [...authorDateParts(child.text)]
        .map((part) => ({ ...part, source: sourceFor(part.text, sources) }))
        .filter((part): part is typeof part & { source: CitedSource } => Boolean(part.source))
        .sort((a, b) => a.start - b.start)
        .filter((part, i, all) => i === 0 || part.start >= all[i - 1].end);
      if (ranges.length === 0) {
        children.push(child);
        continue;
      }
      changed = true;
      let at = 0;
      let piece = 0;
      const push = (text: string, marks: string[]) => {
        if (!text) return;
        children.push({ ...child, _key: `${child._key}${piece === 0 ? '' : `c${piece}`}`, text, marks });
        piece += 1;
      };
      for (const range of ranges) {
        push(child.text.slice(at, range.start), child.marks);
        const key = `${node._key}r${markDefs.length + 1}`;
        markDefs.push({
          _type: 'citationRef',
          _key: key,
          citation: { _type: 'reference', _ref: range.source.id },
          authorDate: true,
        } as never);
        push(child.text.slice(range.start, range.end), [...child.marks, key]);
        at = range.end;
      }
      push(child.text.slice(at), child.marks);
    }
    return changed ? { ...node, markDefs, children } : node;
  });
}

/** The language a tag names ("es-MX", "en_US": an HTML `lang`, a WXR `<language>`, front matter), when the site has it. */
export function languageOf(tag: string): ImportedArticle['language'] {
  const match = /^(en|es)(?:$|[-_])/.exec(tag.trim().toLowerCase());
  return match ? (match[1] as 'en' | 'es') : undefined;
}

/**
 * One article from a file that holds one (an HTML page, a Markdown file): its converted blocks split
 * into body, references and crisis note, every value the file did not give left out.
 */
export function singleArticle(
  found: {
    title: string;
    slug?: string;
    excerpt?: string;
    publishedAt?: string;
    category?: string;
    byline?: Byline;
    lang: string;
  },
  blocks: readonly PortableNode[],
  extra: Pick<ImportedArticle, 'draftReasons' | 'previousPaths'> = {},
): ImportedArticle {
  const { body, references, crisisMessage } = articleParts(blocks);
  const language = languageOf(found.lang);
  return {
    title: found.title,
    ...(found.slug ? { slug: found.slug } : {}),
    ...(found.excerpt ? { excerpt: found.excerpt } : {}),
    ...(found.publishedAt ? { publishedAt: found.publishedAt } : {}),
    ...(found.category ? { category: found.category } : {}),
    ...(found.byline ? { byline: found.byline } : {}),
    body,
    references,
    ...(crisisMessage ? { crisisMessage } : {}),
    ...(extra.draftReasons?.length ? { draftReasons: extra.draftReasons } : {}),
    ...(extra.previousPaths?.length ? { previousPaths: extra.previousPaths } : {}),
    ...(language ? { language } : {}),
  };
}
