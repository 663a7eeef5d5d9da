/**
 * Imported articles as Sanity documents (NDJSON in Sanity's export format). `_id`s come from the
 * source, so a second import replaces what the first wrote instead of duplicating it: a post by its
 * slug, an author by their name, a category by its title, a citation by its DOI (one document per
 * DOI across every post) or, without one, by its text.
 */
import { createHash } from 'node:crypto';
import { headingSlug } from '../editorial/headings';
import { slugFinding } from '../editorial/rules';
import { needsCrisisResources } from '../editorial/safe-messaging';
import type { ImportedArticle, ImportedBlock } from './article';
import { linkAuthorDateCitations, type CitedSource } from './body';
import { textOf, type PortableNode } from './portable';
import { snippet, type ImportNote } from './notes';
import { parseReference } from './references';

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown };

export type { ImportNote } from './notes';

/** A slug for a name or title: "Katie Coon" → "katie-coon" (the site's heading slugs, without the length cut). */
export function slugify(text: string): string {
  return headingSlug(text.replace(/^\s*\d{1,3}[.)]\s+/, '')) || `item-${hash(text)}`;
}

/**
 * A source's slug as the site's addresses are written (lowercase letters, digits, dashes; at most 96
 * characters, the Studio's limit): "caminar-y-ánimo" → "caminar-y-animo". The old address itself is
 * kept among the post's previous paths, so it still leads to the post.
 */
export function siteSlug(slug: string): string {
  if (!slugFinding(slug)) return slug;
  const folded = slug
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '');
  return folded || `item-${hash(slug)}`;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

function block(b: ImportedBlock, key: string): PortableNode {
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

/** `_id`s the Content Lake accepts: letters, digits, dashes and underscores. */
const idPart = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || hash(text);

/** Every document the articles need, each once; what could not be mapped is a note, never dropped silently. */
export function buildDocuments(articles: readonly ImportedArticle[]): BuiltDocuments {
  const byId = new Map<string, SanityDocument>();
  const notes: ImportNote[] = [];
  const put = (doc: SanityDocument) => {
    if (!byId.has(doc._id)) byId.set(doc._id, doc);
    return doc._id;
  };
  const usedSlugs = new Map<string, string>();
  const articleIds = new Set<string>();
  for (const article of articles) {
    const type = article.type ?? 'post';
    const where = article.title;
    const sourceSlug = article.slug?.trim();
    let slug = sourceSlug ? siteSlug(sourceSlug) : slugify(article.title);
    if (sourceSlug && slug !== sourceSlug) {
      notes.push({
        level: 'warning',
        where,
        message: `Its slug "${sourceSlug}" became "${slug}" (the site's addresses use plain lowercase letters, digits and dashes)${article.previousPaths?.length ? '; its old address still leads to it' : ''}.`,
      });
    }
    // Two articles of one run with one slug or one source id (two exports of different sites): the
    // second gets a suffix, and is named; neither is lost.
    let sourceKey = article.sourceId ? `${type}-${idPart(article.sourceId)}` : undefined;
    if (sourceKey && articleIds.has(sourceKey)) {
      const unique = `${sourceKey}-${hash(`${article.title}\u0000${articleIds.size}`).slice(0, 6)}`;
      notes.push({
        level: 'warning',
        where,
        message: `Another imported ${type} has the same source id (${article.sourceId}); this one is written as "${unique}".`,
      });
      sourceKey = unique;
    }
    if (usedSlugs.has(`${type}\u0000${slug}`)) {
      const unique = `${slug}-${article.sourceId ? idPart(article.sourceId) : hash(`${article.title}\u0000${articleIds.size}`).slice(0, 6)}`;
      notes.push({
        level: 'warning',
        where,
        message: `The slug "${slug}" is already used by another imported ${type}; this one gets "${unique}".`,
      });
      slug = unique;
    }
    const baseId = sourceKey ?? `${type}-${idPart(slug)}`;
    articleIds.add(baseId);
    usedSlugs.set(`${type}\u0000${slug}`, baseId);

    // One person under one name across sources: what one source says (credentials, a job title) fills what another left out.
    const known = article.byline ? byId.get(`author-${slugify(article.byline.name)}`) : undefined;
    if (known && article.byline) {
      if (!known.credentials && article.byline.credentials.length > 0) known.credentials = article.byline.credentials;
      if (!known.jobTitle && article.byline.jobTitle) known.jobTitle = article.byline.jobTitle;
    }
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
    const categorySlug = article.category ? siteSlug(article.categorySlug?.trim() || slugify(article.category)) : undefined;
    const categoryId =
      article.category && categorySlug
        ? put({
            // One topic per language: "Ansiedad" and "Anxiety" may share a slug, not an id.
            _id: `category-${idPart(categorySlug)}${article.language === 'es' ? '-es' : ''}`,
            _type: 'category',
            title: article.category,
            slug: { _type: 'slug', current: categorySlug },
            ...(article.language === 'es' ? { language: 'es' } : {}),
          })
        : undefined;

    const citationRefs: Array<{ _type: 'reference'; _key: string; _ref: string }> = [];
    const sources: CitedSource[] = [];
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
      if (!citationRefs.some((r) => r._ref === id)) {
        citationRefs.push({ _type: 'reference', _key: `c${citationRefs.length + 1}`, _ref: id });
        sources.push({ id, families: authors.map((a) => a.family), year: fields.year });
      }
    }

    let body: PortableNode[] = article.body ? [...article.body] : (article.blocks ?? []).map((b, i) => block(b, `b${i + 1}`));
    if (unread.length > 0) {
      const n = body.length;
      body.push(
        block({ style: 'h2', text: 'Other sources' }, `b${n + 1}`),
        ...unread.map((text, i) => block({ style: 'normal', text }, `b${n + 2 + i}`)),
      );
    }
    body = linkAuthorDateCitations(body, sources);
    const text = body.map(textOf).join('\n');
    const firstParagraph = body.find((b) => b._type === 'block' && b.style === 'normal' && !b.listItem && textOf(b).trim() !== '');
    const excerpt = article.excerpt?.trim() || firstSentences(firstParagraph ? textOf(firstParagraph) : article.title);

    const reasons = [...(article.draftReasons ?? [])];
    if (body.every((b) => b._type === 'block' && textOf(b).trim() === '')) reasons.push('it has no text');
    if (type === 'post') {
      const missing = [!authorId && 'author', !categoryId && 'category', !article.publishedAt && 'date'].filter((m): m is string =>
        Boolean(m),
      );
      if (missing.length > 0) {
        const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}` : missing[0];
        reasons.push(`no ${list} could be read`);
      }
    }
    if (reasons.length > 0) {
      notes.push({ level: 'warning', where, message: `Imported as a draft to finish in the Studio: ${reasons.join('; ')}.` });
    }
    const id = `${reasons.length > 0 ? 'drafts.' : ''}${baseId}`;
    const language = article.language === 'es' ? { language: 'es' } : {};
    if (type === 'page') {
      put({
        _id: id,
        _type: 'page',
        title: article.title,
        slug: { _type: 'slug', current: slug },
        kind: article.pageKind ?? 'other',
        description: excerpt,
        body,
        ...language,
      });
      continue;
    }
    // A slug made plain keeps the source's own among the old ones: /blog/<that> and its dated permalinks still lead here.
    const previousSlugs = [
      ...new Set([...(article.previousSlugs ?? []), ...(sourceSlug && sourceSlug !== slug ? [sourceSlug] : [])]),
    ].filter((s) => s && s !== slug);
    const previousPaths = [...new Set(article.previousPaths ?? [])];
    put({
      _id: id,
      _type: 'post',
      title: article.title,
      slug: { _type: 'slug', current: slug },
      excerpt,
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(categoryId ? { category: { _type: 'reference', _ref: categoryId } } : {}),
      ...(authorId ? { author: { _type: 'reference', _ref: authorId } } : {}),
      ...(article.mainImage
        ? {
            mainImage: {
              _type: 'image',
              _sanityAsset: article.mainImage.sanityAsset,
              ...(article.mainImage.alt ? { alt: article.mainImage.alt } : {}),
            },
          }
        : {}),
      citations: citationRefs,
      // Read by the rules of the post's language: a Spanish post about "quitarse la vida" needs the crisis line too.
      crisisSupport: Boolean(article.crisisMessage) || needsCrisisResources(text, article.language ?? 'en'),
      body,
      ...(previousSlugs.length > 0 ? { previousSlugs } : {}),
      ...(previousPaths.length > 0 ? { previousPaths } : {}),
      ...language,
    });
  }
  return { documents: [...byId.values()], notes };
}
