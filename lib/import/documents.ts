/**
 * Imported articles as Sanity documents (NDJSON in Sanity's export format). `_id`s come from the
 * source, so a second import replaces what the first wrote instead of duplicating it: a post by its
 * slug, an author by their name, a category by its title, a citation by its DOI (one document per
 * DOI across every post) or, without one, by its text.
 */
import { createHash } from 'node:crypto';
import { headingSlug } from '../editorial/headings';
import { needsCrisisResources } from '../editorial/safe-messaging';
import type { ImportedArticle, ImportedBlock } from './plain-text';
import { parseReference } from './references';

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown };

export interface ImportNote {
  level: 'error' | 'warning';
  /** The post it concerns (its title), or the file. */
  where: string;
  message: string;
  /** What the source said, shortened. */
  snippet?: string;
}

/** A slug for a name or title: "Katie Coon" → "katie-coon" (the site's heading slugs, without the length cut). */
export function slugify(text: string): string {
  return headingSlug(text.replace(/^\s*\d{1,3}[.)]\s+/, '')) || `item-${hash(text)}`;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
export const snippet = (text: string, max = 120) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function block(b: ImportedBlock, key: string) {
  return {
    _type: 'block',
    _key: key,
    style: b.style,
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text: b.text, marks: [] }],
    ...(b.listItem ? { listItem: b.listItem, level: b.level ?? 1 } : {}),
  };
}

/** The first sentences of the text, at most 200 characters: the excerpt when the source has none. */
export function firstSentences(text: string, max = 200): string {
  const sentences = text.match(/[^.!?]+[.!?]+(?:["”’)]+)?(?:\s+|$)/g) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > max) break;
    out += sentence;
  }
  return (out.trim() || snippet(text, max)).trim();
}

export interface BuiltDocuments {
  documents: SanityDocument[];
  notes: ImportNote[];
}

/** Every document the articles need, each once; what could not be mapped is a note, never dropped silently. */
export function buildDocuments(articles: readonly ImportedArticle[]): BuiltDocuments {
  const byId = new Map<string, SanityDocument>();
  const notes: ImportNote[] = [];
  const put = (doc: SanityDocument) => {
    if (!byId.has(doc._id)) byId.set(doc._id, doc);
    return doc._id;
  };
  for (const article of articles) {
    const where = article.title;
    const slug = slugify(article.title);
    const authorId = article.byline
      ? put({
          _id: `author-${slugify(article.byline.name)}`,
          _type: 'author',
          name: article.byline.name,
          slug: { _type: 'slug', current: slugify(article.byline.name) },
          ...(article.byline.credentials.length > 0 ? { credentials: article.byline.credentials } : {}),
          ...(article.byline.jobTitle ? { jobTitle: article.byline.jobTitle } : {}),
        })
      : undefined;
    const categoryId = article.category
      ? put({
          _id: `category-${slugify(article.category)}`,
          _type: 'category',
          title: article.category,
          slug: { _type: 'slug', current: slugify(article.category) },
        })
      : undefined;
    const citationRefs: Array<{ _type: 'reference'; _key: string; _ref: string }> = [];
    const unread: string[] = [];
    for (const reference of article.references) {
      const parsed = parseReference(reference);
      if (!parsed.ok) {
        unread.push(parsed.text);
        notes.push({
          level: 'warning',
          where,
          message: `A reference could not be read (${parsed.reason}); it is kept as text at the end of the article.`,
          snippet: snippet(parsed.text),
        });
        continue;
      }
      const { authors, ...fields } = parsed.citation;
      const id = `citation-${hash(fields.doi ? fields.doi.toLowerCase() : reference)}`;
      put({
        _id: id,
        _type: 'citation',
        authors: authors.map((a, i) => ({ _type: 'citationAuthor', _key: `a${i + 1}`, ...a })),
        ...fields,
      });
      if (!citationRefs.some((r) => r._ref === id))
        citationRefs.push({ _type: 'reference', _key: `c${citationRefs.length + 1}`, _ref: id });
    }
    const blocks = [...article.blocks];
    if (unread.length > 0)
      blocks.push({ style: 'h2', text: 'Other sources' }, ...unread.map((text): ImportedBlock => ({ style: 'normal', text })));
    const body = blocks.map((b, i) => block(b, `b${i + 1}`));
    const text = article.blocks.map((b) => b.text).join('\n');
    const firstParagraph = article.blocks.find((b) => b.style === 'normal' && !b.listItem)?.text ?? article.title;
    const missing = [!authorId && 'author', !categoryId && 'category', !article.publishedAt && 'date'].filter((m): m is string =>
      Boolean(m),
    );
    if (missing.length > 0) {
      const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}` : missing[0];
      notes.push({ level: 'warning', where, message: `No ${list} could be read: imported as a draft to finish in the Studio.` });
    }
    put({
      _id: `${missing.length > 0 ? 'drafts.' : ''}post-${slug}`,
      _type: 'post',
      title: article.title,
      slug: { _type: 'slug', current: slug },
      excerpt: firstSentences(firstParagraph),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(categoryId ? { category: { _type: 'reference', _ref: categoryId } } : {}),
      ...(authorId ? { author: { _type: 'reference', _ref: authorId } } : {}),
      citations: citationRefs,
      crisisSupport: Boolean(article.crisisMessage) || needsCrisisResources(text),
      body,
    });
  }
  return { documents: [...byId.values()], notes };
}
