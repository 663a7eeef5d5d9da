/**
 * A post. Its header (title, slug, excerpt, dates, category, author) and a body with text decide
 * whether it is shown, on its page and in every list alike; the rest is dropped part by part.
 */
import { isSelfReview } from '../../editorial/review';
import { z } from 'zod';
import type { Finding } from '../../editorial/findings';
import { authorSchema, parseAuthor } from './author';
import { categorySchema, parseCategory, type Category } from './category';
import { citationSchema, type Citation } from './citation';
import {
  contentDate,
  documentId,
  imageSchema,
  isAbsent,
  missingReference,
  optionalPart,
  slug,
  language,
  text,
  zodFindings,
  type Parsed,
} from './fields';
import { bodyNodeSchema, parseBlocks, parseBody, type BodyNode } from './portable-text';

const postCoreSchema = z.object({
  _id: documentId,
  title: text,
  slug,
  excerpt: text,
  publishedAt: contentDate,
  language,
});

/** What lists show of a post (postCardsQuery). */
export const postCardSchema = postCoreSchema.extend({
  updatedAt: contentDate.optional(),
  category: categorySchema,
  author: authorSchema,
  /** The medical reviewer's _id, for the reviewer's own page (never the author: a self-review is dropped). */
  reviewerId: z.string().optional(),
});
export type PostCard = z.infer<typeof postCardSchema>;

/** A post as its article page shows it (postBySlugQuery). */
export const postSchema = postCardSchema.extend({
  keyPoints: z.array(z.string()),
  lastReviewedAt: contentDate.optional(),
  crisisSupport: z.boolean(),
  reviewedBy: authorSchema.optional(),
  mainImage: imageSchema.optional(),
  body: z.array(bodyNodeSchema),
  citations: z.array(citationSchema),
});
export type Post = z.infer<typeof postSchema>;

function parseHeader(value: unknown, findings: Finding[]): PostCard | undefined {
  const core = postCoreSchema.safeParse(value);
  if (!core.success) findings.push(...zodFindings(core.error, [], 'error'));
  const raw = (value ?? {}) as Record<string, unknown>;
  let category: Category | undefined;
  if (isAbsent(raw.category)) {
    findings.push(missingReference(['category']));
  } else {
    const parsed = parseCategory(raw.category, ['category']);
    if (parsed.ok) category = parsed.value;
    else findings.push(...parsed.findings);
  }
  const author = parseAuthor(raw.author, ['author'], findings);
  if (!core.success || !category || !author) return undefined;
  const reviewer = (raw.reviewedBy as { _id?: unknown } | null | undefined)?._id;
  return {
    ...core.data,
    updatedAt: optionalPart(contentDate, raw.updatedAt, ['updatedAt'], findings),
    category,
    author,
    ...(typeof reviewer === 'string' && !isSelfReview(author._id, reviewer) ? { reviewerId: reviewer } : {}),
  };
}

/** The "Key points" box holds at most this many (content contract v2). */
export const KEY_POINTS_MAX = 5;
/** A key point longer than this is an editorial error in the Studio, never a reason to hide it. */
export const KEY_POINT_MAX_CHARS = 160;

/** Key points: text only, each once, the first five; one that is not text is dropped and named. */
function parseKeyPoints(value: unknown, findings: Finding[]): string[] {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) {
    findings.push({ level: 'warning', path: ['keyPoints'], message: 'must be a list of sentences; left out' });
    return [];
  }
  const points: string[] = [];
  value.forEach((item, i) => {
    const point = optionalPart(text, item, ['keyPoints', i], findings);
    if (point && !points.includes(point)) points.push(point);
  });
  if (points.length > KEY_POINTS_MAX) {
    findings.push({ level: 'warning', path: ['keyPoints'], message: `has ${points.length} points; the first ${KEY_POINTS_MAX} are shown` });
  }
  return points.slice(0, KEY_POINTS_MAX);
}

const noText = (): Finding => ({ level: 'error', path: ['body'], message: 'has no text' });

/**
 * A post as lists read it (postCardsQuery): the same header rules as the article page, and a body
 * probe (its first three blocks) that must yield something to show. So every listed post's page
 * renders, and a post hidden from its page for its header or an empty body is hidden from lists too.
 * (A body whose first three blocks are all unusable but which has text further on is shown on its
 * page and left out of lists: never a listed link to a missing page.) The probe's own findings are
 * not reported here; the article page reports the body's.
 */
export function parsePostCard(value: unknown): Parsed<PostCard> {
  const findings: Finding[] = [];
  const card = parseHeader(value, findings);
  const probe = (value as { bodyProbe?: unknown } | null)?.bodyProbe;
  const shown = Array.isArray(probe) && parseBlocks(probe, ['body'], []).length > 0;
  if (!shown) findings.push(noText());
  if (!card || !shown) return { ok: false, findings };
  return { ok: true, value: card, findings };
}

export function parsePost(value: unknown): Parsed<Post> {
  const findings: Finding[] = [];
  const card = parseHeader(value, findings);
  const raw = (value ?? {}) as Record<string, unknown>;

  let body: BodyNode[] = [];
  if (!Array.isArray(raw.body)) {
    findings.push({ level: 'error', path: ['body'], message: 'is missing' });
  } else {
    body = parseBody(raw.body, ['body'], findings);
    if (body.length === 0) findings.push(noText());
  }
  if (!card || body.length === 0) return { ok: false, findings };

  const citations: Citation[] = [];
  if (Array.isArray(raw.citations)) {
    raw.citations.forEach((c, i) => {
      if (isAbsent(c)) {
        findings.push({ level: 'warning', path: ['citations', i], message: 'points to a citation that does not exist; left out' });
        return;
      }
      const parsed = optionalPart(citationSchema, c, ['citations', i], findings);
      if (parsed && !citations.some((existing) => existing._id === parsed._id)) citations.push(parsed);
    });
  }

  let reviewedBy = isAbsent(raw.reviewedBy) ? undefined : parseAuthor(raw.reviewedBy, ['reviewedBy'], findings, 'warning');
  // Nobody reviews their own writing: the Studio refuses it; a post published anyway shows no review.
  if (reviewedBy && isSelfReview(card.author._id, reviewedBy._id)) {
    findings.push({ level: 'warning', path: ['reviewedBy'], message: 'is the author of the post; a self-review is not shown' });
    reviewedBy = undefined;
  }

  return {
    ok: true,
    findings,
    value: {
      ...card,
      // The card's reviewer id follows the reviewer the page shows: none when it was dropped.
      ...(reviewedBy ? {} : { reviewerId: undefined }),
      keyPoints: parseKeyPoints(raw.keyPoints, findings),
      lastReviewedAt: optionalPart(contentDate, raw.lastReviewedAt, ['lastReviewedAt'], findings),
      crisisSupport: raw.crisisSupport === true,
      reviewedBy,
      mainImage: optionalPart(imageSchema, raw.mainImage, ['mainImage'], findings),
      body,
      citations,
    },
  };
}
