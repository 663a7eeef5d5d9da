/**
 * What the article page derives from a parsed post before rendering: heading anchors and the table
 * of contents, inline citation numbers with an anchor for each occurrence (so the reference list can
 * link back), reading time and related articles. Pure and tested directly.
 */
import { headingIds } from '../editorial/headings';
import { countWords, readingMinutes } from '../editorial/reading-time';
import type { BodyImageValue, PortableTextBlockValue, SpanValue } from './schema/portable-text';
import type { Post, PostCard } from './schema/post';

export interface TocEntry {
  id: string;
  text: string;
}

/**
 * An inline citation marker, placed as its own child right after the last span of a cited run, so it
 * never sits inside a link and appears once however the run is split by emphasis.
 */
export interface CitationMarkerValue {
  _type: 'citationMarker';
  _key: string;
  number: number;
  anchorId: string;
}

/** An inline citation annotation as the article renders it: its reference number once it has one. */
export type ArticleMarkDef =
  | Extract<PortableTextBlockValue['markDefs'][number], { _type: 'link' }>
  | (Extract<PortableTextBlockValue['markDefs'][number], { _type: 'citationRef' }> & {
      /**
       * Set on an author–date citation ("(Short et al., 2018)", `authorDate` in the Studio): its text
       * stays as written and links to reference `number`, with `anchorId` for the reference's link
       * back; no number is added beside it.
       */
      authorDateLink?: { number: number; anchorId: string };
    });

export type ArticleBlock = Omit<PortableTextBlockValue, 'children' | 'markDefs'> & {
  markDefs: ArticleMarkDef[];
  children: Array<SpanValue | CitationMarkerValue>;
};
/** A body as the article renders it: its text blocks, and its images in place. */
export type ArticleNode = ArticleBlock | BodyImageValue;

export interface ArticleModel {
  /** The body with annotation keys unique across the article and citation markers in place. */
  body: ArticleNode[];
  /** h2 anchor id by block key. */
  headingIdByBlock: ReadonlyMap<string, string>;
  /** The table of contents: every h2, shown when there are at least TOC_MIN_SECTIONS. */
  toc: TocEntry[];
  /** For each reference number, the anchors of its markers in the text, in reading order. */
  backlinks: ReadonlyMap<number, string[]>;
  wordCount: number;
  readingMinutes: number;
}

export const TOC_MIN_SECTIONS = 3;

function blockText(block: { children: ReadonlyArray<SpanValue | CitationMarkerValue> }): string {
  return block.children.map((child) => (child._type === 'span' ? child.text : '')).join('');
}

export function buildArticleModel(post: Pick<Post, 'body' | 'citations'>): ArticleModel {
  const numberById = new Map(post.citations.map((c, i) => [c._id, i + 1]));
  const backlinks = new Map<number, string[]>();
  const nextAnchor = (number: number) => {
    const anchors = backlinks.get(number) ?? [];
    const anchorId = `cite-${number}-${anchors.length + 1}`;
    anchors.push(anchorId);
    backlinks.set(number, anchors);
    return anchorId;
  };

  // Block keys come from editors and may repeat; the block's position makes keys unique.
  const body = post.body.map((node, index): ArticleNode => {
    const key = `${index}-${node._key}`;
    if (node._type !== 'block') return { ...node, _key: key };
    const block = node;
    if (block.markDefs.length === 0) return { ...block, _key: key };
    const rename = new Map(block.markDefs.map((def) => [def._key, `b${index}-${def._key}`]));
    const spans = block.children.map((child) => ({ ...child, marks: child.marks.map((m) => rename.get(m) ?? m) }));
    const citedNumber = new Map<string, number>();
    const markDefs = block.markDefs.map((original): ArticleMarkDef => {
      const def = { ...original, _key: rename.get(original._key)! };
      if (def._type !== 'citationRef' || !def.citationId) return def;
      const number = numberById.get(def.citationId);
      if (!number) return def;
      // "(Short et al., 2018)" names its source already: it links to it and gets no number.
      if (def.authorDate) return { ...def, authorDateLink: { number, anchorId: nextAnchor(number) } };
      citedNumber.set(def._key, number);
      return def;
    });
    const children: ArticleBlock['children'] = [];
    spans.forEach((span, i) => {
      children.push(span);
      // A cited run ends where the next span no longer carries the annotation: the marker goes there.
      for (const mark of span.marks) {
        const number = citedNumber.get(mark);
        if (!number || spans[i + 1]?.marks.includes(mark)) continue;
        children.push({ _type: 'citationMarker', _key: `${span._key}-${mark}`, number, anchorId: nextAnchor(number) });
      }
    });
    return { ...block, _key: key, markDefs, children };
  });

  const blocks = body.filter((node): node is ArticleBlock => node._type === 'block');
  const h2s = blocks.filter((block) => block.style === 'h2' && !block.listItem);
  const ids = headingIds(h2s.map(blockText));
  const headingIdByBlock = new Map(h2s.map((block, i) => [block._key, ids[i]]));
  const toc = h2s.map((block, i) => ({ id: ids[i], text: blockText(block).trim() }));

  const wordCount = blocks.reduce((sum, block) => sum + countWords(blockText(block)), 0);
  return {
    body,
    headingIdByBlock,
    toc,
    backlinks,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

/** Up to `limit` other posts of the same category, newest first (the input is newest first). */
export function relatedPosts<T extends PostCard>(post: PostCard, newestFirst: readonly T[], limit = 3): T[] {
  const related: T[] = [];
  for (const candidate of newestFirst) {
    if (related.length >= limit) break;
    if (candidate._id !== post._id && candidate.slug !== post.slug && candidate.category._id === post.category._id) {
      related.push(candidate);
    }
  }
  return related;
}

/** Home pagination: 10 a page; page 1 is "/", page n ≥ 2 is "/page/n". */
export const POSTS_PER_PAGE = 10;

export function pageCount(total: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export function pageOf<T>(items: readonly T[], page: number, perPage = POSTS_PER_PAGE): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** "2" → 2 for an existing page beyond the first; anything else (0, 1, "02", "2.5", "x") → null. */
export function parsePageParam(value: string, total: number, perPage = POSTS_PER_PAGE): number | null {
  return parsePageNumber(value, pageCount(total, perPage));
}

/** The same, given how many listing pages there are. */
export function parsePageNumber(value: string, pages: number): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page >= 2 && page <= pages ? page : null;
}
