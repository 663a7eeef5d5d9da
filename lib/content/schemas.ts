/**
 * The trust boundary: every query result is parsed here before anything renders (DESIGN.md
 * "Validation policy"). Required parts decide whether a document is shown at all; optional parts
 * that fail (one citation, an image, one link) are dropped with an issue and the rest survives.
 *
 * zod checks presence, types and shapes only. Length and style rules live in lib/editorial and are
 * Studio / content:check findings, never a reason to hide a post.
 */
import { z } from 'zod';
import { FALLBACK_CRISIS_RESOURCES } from '../editorial/crisis';
import { isAllowedHref } from '../editorial/href';
import { isValidContentDate } from '../editorial/dates';
import { normalizeDoi } from '../editorial/doi';
import { SLUG_PATTERN } from '../editorial/rules';

/** One problem found in a document, with the path an editor can follow in the Studio. */
export interface ContentIssue {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T; issues: ContentIssue[] } | { ok: false; issues: ContentIssue[] };

type PathPart = string | number;

function joinPath(parts: readonly PathPart[]): string {
  return parts.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${part}` : part;
  }, '');
}

function zodIssues(error: z.ZodError, base: readonly PathPart[]): ContentIssue[] {
  return error.issues.map((issue) => ({
    path: joinPath([...base, ...(issue.path as PathPart[])]) || '(document)',
    message: issue.message,
  }));
}

const isAbsent = (value: unknown) => value === undefined || value === null;

/** Parse an optional part: absent is fine, invalid is dropped and reported. */
function optionalPart<T>(
  schema: z.ZodType<T>,
  value: unknown,
  path: readonly PathPart[],
  issues: ContentIssue[],
): T | undefined {
  if (isAbsent(value)) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...zodIssues(result.error, path));
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Field shapes

/**
 * Bidi overrides and embeddings (U+202A–U+202E) reorder the text after them until a pop or the end
 * of the paragraph: in a title or a name, "\u202Eevil" shows as "live", and an unpaired one can
 * spill into the text around it. They are removed from every text a reader sees. Isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F), which right-to-left text legitimately needs and
 * which cannot leak, are kept.
 */
const BIDI_OVERRIDES = /[\u202a-\u202e]/g;
export function withoutBidiOverrides(value: string): string {
  return value.replace(BIDI_OVERRIDES, '');
}
/** A string as readers will see it. */
const readable = (message?: string) => z.string(message ? { error: message } : undefined).overwrite(withoutBidiOverrides);

const text = readable('must be text').trim().min(1, { error: 'must not be empty' });
const optionalText = readable()
  .nullish()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const documentId = z
  .string()
  .min(1)
  .refine((id) => !id.includes('.'), { error: 'is a draft or private document id' });
const slug = z
  .string({ error: 'is missing' })
  .regex(SLUG_PATTERN, { error: 'must be URL-safe: letters, digits, "-", "_", "." or "~", starting with a letter or digit' });
const contentDate = z
  .string({ error: 'is missing' })
  .refine(isValidContentDate, { error: 'is not a valid date (expected e.g. 2025-09-03 or 2025-09-03T09:00:00-05:00)' });
const safeHref = z
  .string({ error: 'is missing' })
  .refine(isAllowedHref, { error: 'is not an allowed link (http, https, mailto, tel, sms, /path or #id)' });
const httpUrl = safeHref.refine((href) => /^https?:\/\//.test(href), { error: 'must be an http(s) URL' });
const textOrNumber = z
  .union([readable(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim()));

// ---------------------------------------------------------------------------------------------
// Images

const imageAssetUrl = z
  .string()
  .refine((url) => url.startsWith('https://cdn.sanity.io/') || (url.startsWith('/') && isAllowedHref(url)), {
    error: 'must be a cdn.sanity.io URL or a file under public/',
  });

export const imageSchema = z.object({
  alt: text.describe('alt text'),
  asset: z.object({
    _id: z.string().optional(),
    url: imageAssetUrl,
    metadata: z.object({
      dimensions: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
      lqip: z
        .string()
        .regex(/^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/=]+$/)
        .nullish()
        .transform((v) => v ?? undefined),
    }),
  }),
  hotspot: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).nullish().transform((v) => v ?? undefined),
  crop: z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }).nullish().transform((v) => v ?? undefined),
});
export type SiteImage = z.infer<typeof imageSchema>;

// ---------------------------------------------------------------------------------------------
// Categories and authors

export const categorySchema = z.object({
  _id: documentId,
  title: text,
  slug,
  description: optionalText,
});
export type Category = z.infer<typeof categorySchema>;

const authorCoreSchema = z.object({
  _id: documentId,
  name: text,
  slug,
});

const credentialSchema = readable().trim().min(1).max(40);
const licenseSchema = z.object({
  type: text,
  number: optionalText,
  state: optionalText,
});

export interface Author {
  _id: string;
  name: string;
  slug: string;
  credentials: string[];
  jobTitle?: string;
  license?: z.infer<typeof licenseSchema>;
  image?: SiteImage;
  bio?: PortableTextBlockValue[];
}

function parseAuthor(value: unknown, path: readonly PathPart[], issues: ContentIssue[]): Author | undefined {
  if (isAbsent(value)) {
    issues.push({ path: joinPath(path) || '(document)', message: 'is missing or points to a document that does not exist' });
    return undefined;
  }
  const core = authorCoreSchema.safeParse(value);
  if (!core.success) {
    issues.push(...zodIssues(core.error, path));
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const credentials = Array.isArray(raw.credentials)
    ? raw.credentials.flatMap((c, i) => {
        const parsed = optionalPart(credentialSchema, c, [...path, 'credentials', i], issues);
        return parsed ? [parsed] : [];
      })
    : (optionalPart(z.array(credentialSchema), raw.credentials, [...path, 'credentials'], issues) ?? []);
  const bio = Array.isArray(raw.bio) ? parseBlocks(raw.bio, [...path, 'bio'], issues) : undefined;
  return {
    ...core.data,
    credentials,
    jobTitle: optionalPart(optionalText, raw.jobTitle, [...path, 'jobTitle'], issues),
    license: optionalPart(licenseSchema, raw.license, [...path, 'license'], issues),
    image: optionalPart(imageSchema, raw.image, [...path, 'image'], issues),
    bio: bio && bio.length > 0 ? bio : undefined,
  };
}

/** An author document on its own (author pages). */
export function parseAuthorDocument(value: unknown): Parsed<Author> {
  const issues: ContentIssue[] = [];
  const author = parseAuthor(value, [], issues);
  return author ? { ok: true, value: author, issues } : { ok: false, issues };
}

/** A category document on its own (category pages). */
export function parseCategory(value: unknown): Parsed<Category> {
  const parsed = categorySchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data, issues: [] } : { ok: false, issues: zodIssues(parsed.error, []) };
}

// ---------------------------------------------------------------------------------------------
// Citations

const citationAuthorSchema = z.object({
  family: text,
  given: optionalText,
  suffix: optionalText,
});

export const citationSchema = z.object({
  _id: documentId,
  authors: z.array(citationAuthorSchema, { error: 'must list the authors' }).min(1, { error: 'must name at least one author' }),
  authorsIncomplete: z.boolean().nullish().transform((v) => v === true),
  year: z.number({ error: 'must be a year' }).int().min(1000).max(3000),
  title: text,
  journal: optionalText,
  volume: textOrNumber,
  issue: textOrNumber,
  pages: textOrNumber,
  doi: optionalText.transform((v) => (v ? normalizeDoi(v) : undefined)),
  url: httpUrl.nullish().transform((v) => v ?? undefined),
});
export type Citation = z.infer<typeof citationSchema>;

// ---------------------------------------------------------------------------------------------
// Portable Text (blockContent)

export const BLOCK_STYLES = ['normal', 'h2', 'h3', 'h4', 'blockquote'] as const;
export const LIST_TYPES = ['bullet', 'number'] as const;
export const DECORATORS = ['strong', 'em'] as const;

export interface SpanValue {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}
export type MarkDefValue =
  | { _type: 'link'; _key: string; href: string }
  | { _type: 'citationRef'; _key: string; citationId?: string };
export interface PortableTextBlockValue {
  _type: 'block';
  _key: string;
  style: (typeof BLOCK_STYLES)[number];
  listItem?: (typeof LIST_TYPES)[number];
  level?: number;
  children: SpanValue[];
  markDefs: MarkDefValue[];
}

const spanShape = z.object({
  _type: z.literal('span'),
  _key: z.string().optional(),
  text: readable(),
  marks: z.array(z.unknown()).nullish(),
});
const blockShape = z.object({
  _type: z.literal('block'),
  _key: z.string().optional(),
  style: z.string().nullish(),
  listItem: z.string().nullish(),
  level: z.unknown().optional(),
  children: z.array(z.unknown()),
  markDefs: z.array(z.unknown()).nullish(),
});
const markDefShape = z.object({ _type: z.string(), _key: z.string().min(1) });
const linkShape = z.object({ _type: z.literal('link'), _key: z.string().min(1), href: safeHref });
const citationRefShape = z.object({
  _type: z.literal('citationRef'),
  _key: z.string().min(1),
  citation: z.object({ _id: z.string() }).nullish(),
});

/** A list nesting level; anything but a small positive integer reads as the top level. */
function listLevel(level: unknown): number {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 10 ? level : 1;
}

/** Clean a Portable Text array: unknown or malformed parts are dropped and reported. */
export function parseBlocks(
  value: unknown[],
  path: readonly PathPart[],
  issues: ContentIssue[],
): PortableTextBlockValue[] {
  const blocks: PortableTextBlockValue[] = [];
  value.forEach((rawBlock, index) => {
    const blockPath = [...path, index];
    const block = blockShape.safeParse(rawBlock);
    if (!block.success) {
      const type = (rawBlock as { _type?: unknown } | null)?._type;
      if (typeof type === 'string' && type !== 'block') {
        issues.push({ path: joinPath(blockPath), message: `"${type}" blocks are not supported and were left out` });
      } else {
        issues.push(...zodIssues(block.error, blockPath));
      }
      return;
    }
    const b = block.data;
    let style: PortableTextBlockValue['style'] = 'normal';
    if (b.style && (BLOCK_STYLES as readonly string[]).includes(b.style)) {
      style = b.style as PortableTextBlockValue['style'];
    } else if (b.style) {
      // An h1 in the body would compete with the title; other unknown styles read as paragraphs.
      style = b.style === 'h1' ? 'h2' : 'normal';
      issues.push({ path: joinPath([...blockPath, 'style']), message: `style "${b.style}" is not supported; shown as ${style}` });
    }
    let listItem: PortableTextBlockValue['listItem'];
    if (b.listItem && (LIST_TYPES as readonly string[]).includes(b.listItem)) {
      listItem = b.listItem as PortableTextBlockValue['listItem'];
    } else if (b.listItem) {
      issues.push({ path: joinPath([...blockPath, 'listItem']), message: `list type "${b.listItem}" is not supported; shown as a paragraph` });
    }

    const markDefs: MarkDefValue[] = [];
    (b.markDefs ?? []).forEach((rawDef, defIndex) => {
      const defPath = [...blockPath, 'markDefs', defIndex];
      const shape = markDefShape.safeParse(rawDef);
      if (!shape.success) {
        issues.push(...zodIssues(shape.error, defPath).slice(0, 1));
        return;
      }
      // A key named like a decorator would take over the emphasis; a repeated key is ambiguous.
      if ((DECORATORS as readonly string[]).includes(shape.data._key) || markDefs.some((d) => d._key === shape.data._key)) {
        issues.push({ path: joinPath([...defPath, '_key']), message: `"${shape.data._key}" cannot be an annotation key here; the annotation was left out` });
        return;
      }
      if (shape.data._type === 'link') {
        const link = linkShape.safeParse(rawDef);
        if (link.success) markDefs.push(link.data);
        else issues.push(...zodIssues(link.error, defPath));
      } else if (shape.data._type === 'citationRef') {
        const ref = citationRefShape.safeParse(rawDef);
        if (ref.success) markDefs.push({ _type: 'citationRef', _key: ref.data._key, citationId: ref.data.citation?._id });
        else issues.push(...zodIssues(ref.error, defPath));
      } else {
        issues.push({ path: joinPath(defPath), message: `annotation "${shape.data._type}" is not supported and was left out` });
      }
    });
    const markKeys = new Set(markDefs.map((d) => d._key));

    const children: SpanValue[] = [];
    b.children.forEach((rawChild, childIndex) => {
      const childPath = [...blockPath, 'children', childIndex];
      const span = spanShape.safeParse(rawChild);
      if (!span.success) {
        issues.push({ path: joinPath(childPath), message: 'is not a text span and was left out' });
        return;
      }
      // Unknown or malformed marks are dropped; the text always stays.
      const marks = (span.data.marks ?? []).filter(
        (mark): mark is string =>
          typeof mark === 'string' && ((DECORATORS as readonly string[]).includes(mark) || markKeys.has(mark)),
      );
      children.push({ _type: 'span', _key: span.data._key ?? `${index}-${childIndex}`, text: span.data.text, marks });
    });
    if (!children.some((c) => c.text.trim() !== '')) return;
    blocks.push({
      _type: 'block',
      _key: b._key ?? `block-${index}`,
      style,
      ...(listItem ? { listItem, level: listLevel(b.level) } : {}),
      children,
      markDefs,
    });
  });
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Posts

const postCoreSchema = z.object({
  _id: documentId,
  title: text,
  slug,
  excerpt: text,
  publishedAt: contentDate,
});

/** What lists show of a post. */
export interface PostCard {
  _id: string;
  title: string;
  slug: string;
  excerpt: string;
  publishedAt: string;
  updatedAt?: string;
  category: Category;
  author: Author;
}

export interface Post extends PostCard {
  lastReviewedAt?: string;
  crisisSupport: boolean;
  reviewedBy?: Author;
  mainImage?: SiteImage;
  body: PortableTextBlockValue[];
  citations: Citation[];
}

function parsePostHeader(value: unknown, issues: ContentIssue[]): PostCard | undefined {
  const core = postCoreSchema.safeParse(value);
  if (!core.success) issues.push(...zodIssues(core.error, []));
  const raw = (value ?? {}) as Record<string, unknown>;
  let category: Category | undefined;
  if (isAbsent(raw.category)) {
    issues.push({ path: 'category', message: 'is missing or points to a document that does not exist' });
  } else {
    const parsed = categorySchema.safeParse(raw.category);
    if (parsed.success) category = parsed.data;
    else issues.push(...zodIssues(parsed.error, ['category']));
  }
  const author = parseAuthor(raw.author, ['author'], issues);
  if (!core.success || !category || !author) return undefined;
  return {
    ...core.data,
    updatedAt: optionalPart(contentDate, raw.updatedAt, ['updatedAt'], issues),
    category,
    author,
  };
}

/**
 * A post as lists read it (postCardsQuery): the same header rules as the article page, and a body
 * probe (its first three blocks) that must yield something to show. So every listed post's page
 * renders, and a post hidden from its page for its header or an empty body is hidden from lists too.
 * (A body whose first three blocks are all unusable but which has text further on is shown on its
 * page and left out of lists: never a listed link to a missing page.) The probe's own issues are not
 * reported here; the article page reports the body's.
 */
export function parsePostCard(value: unknown): Parsed<PostCard> {
  const issues: ContentIssue[] = [];
  const card = parsePostHeader(value, issues);
  const probe = (value as { bodyProbe?: unknown } | null)?.bodyProbe;
  const shown = Array.isArray(probe) && parseBlocks(probe, ['body'], []).length > 0;
  if (!shown) issues.push({ path: 'body', message: 'has no text' });
  if (!card || !shown) return { ok: false, issues };
  return { ok: true, value: card, issues };
}

export function parsePost(value: unknown): Parsed<Post> {
  const issues: ContentIssue[] = [];
  const card = parsePostHeader(value, issues);
  const raw = (value ?? {}) as Record<string, unknown>;

  let body: PortableTextBlockValue[] = [];
  if (!Array.isArray(raw.body)) {
    issues.push({ path: 'body', message: 'is missing' });
  } else {
    body = parseBlocks(raw.body, ['body'], issues);
    if (body.length === 0) issues.push({ path: 'body', message: 'has no text' });
  }
  if (!card || body.length === 0) return { ok: false, issues };

  const citations: Citation[] = [];
  if (Array.isArray(raw.citations)) {
    raw.citations.forEach((c, i) => {
      if (isAbsent(c)) {
        issues.push({ path: `citations[${i}]`, message: 'points to a citation that does not exist; left out' });
        return;
      }
      const parsed = optionalPart(citationSchema, c, ['citations', i], issues);
      if (parsed && !citations.some((existing) => existing._id === parsed._id)) citations.push(parsed);
    });
  }

  const reviewedBy = isAbsent(raw.reviewedBy) ? undefined : parseAuthor(raw.reviewedBy, ['reviewedBy'], issues);

  return {
    ok: true,
    issues,
    value: {
      ...card,
      lastReviewedAt: optionalPart(contentDate, raw.lastReviewedAt, ['lastReviewedAt'], issues),
      crisisSupport: raw.crisisSupport === true,
      reviewedBy,
      mainImage: optionalPart(imageSchema, raw.mainImage, ['mainImage'], issues),
      body,
      citations,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Site settings

const crisisActionSchema = z.object({ label: text, href: safeHref });
export interface CrisisResources {
  heading: string;
  message: string;
  actions: Array<z.infer<typeof crisisActionSchema>>;
}

const organizationSchema = z.object({
  type: z.enum(['MedicalClinic', 'Organization']).catch('Organization'),
  name: text,
  url: httpUrl.nullish().transform((v) => v ?? undefined),
  telephone: optionalText,
  address: z
    .object({
      streetAddress: optionalText,
      addressLocality: optionalText,
      addressRegion: optionalText,
      postalCode: optionalText,
    })
    .nullish()
    .transform((v) => v ?? undefined),
});
export type Organization = z.infer<typeof organizationSchema>;

export interface SiteSettings {
  title?: string;
  description?: string;
  crisisResources?: CrisisResources;
  disclaimer?: string;
  organization?: Organization;
}

/** A crisis block with the clinic's message but no heading keeps the message under a plain heading. */
export const DEFAULT_CRISIS_HEADING = 'If you are in crisis';
const crisisCoreSchema = z.object({
  heading: readable().nullish().transform((v) => (v && v.trim() !== '' ? v.trim() : undefined)),
  message: text,
});

/** Site settings never fail as a whole: each part that fails is dropped, and callers fall back. */
export function parseSiteSettings(value: unknown): Parsed<SiteSettings> {
  const issues: ContentIssue[] = [];
  if (isAbsent(value) || typeof value !== 'object') {
    return { ok: false, issues: [{ path: '(document)', message: 'the siteSettings document is missing' }] };
  }
  const raw = value as Record<string, unknown>;
  let crisisResources: CrisisResources | undefined;
  if (isAbsent(raw.crisisResources)) {
    issues.push({ path: 'crisisResources', message: 'is missing; the built-in crisis text is shown' });
  } else {
    const core = crisisCoreSchema.safeParse(raw.crisisResources);
    if (!core.success) {
      issues.push(...zodIssues(core.error, ['crisisResources']));
    } else {
      const rawActions = (raw.crisisResources as { actions?: unknown }).actions;
      const actions = Array.isArray(rawActions)
        ? rawActions.flatMap((a, i) => {
            const parsed = optionalPart(crisisActionSchema, a, ['crisisResources', 'actions', i], issues);
            return parsed ? [parsed] : [];
          })
        : [];
      if (!actions.some((a) => /^tel:/i.test(a.href))) {
        // The crisis block must always offer a number to call: the built-in ones fill the gap.
        issues.push({
          path: 'crisisResources.actions',
          message: 'has no phone link to call; the built-in "Call 988", "Text 988" and "Call 911" are shown too',
        });
        for (const fallback of FALLBACK_CRISIS_RESOURCES.actions) {
          if (!actions.some((a) => a.href === fallback.href)) actions.push({ ...fallback });
        }
      }
      if (!core.data.heading) {
        issues.push({ path: 'crisisResources.heading', message: `is missing; "${DEFAULT_CRISIS_HEADING}" is shown` });
      }
      crisisResources = { heading: core.data.heading ?? DEFAULT_CRISIS_HEADING, message: core.data.message, actions };
    }
  }
  return {
    ok: true,
    issues,
    value: {
      title: optionalPart(optionalText, raw.title, ['title'], issues),
      description: optionalPart(optionalText, raw.description, ['description'], issues),
      crisisResources,
      disclaimer: optionalPart(optionalText, raw.disclaimer, ['disclaimer'], issues),
      organization: optionalPart(organizationSchema, raw.organization, ['organization'], issues),
    },
  };
}
