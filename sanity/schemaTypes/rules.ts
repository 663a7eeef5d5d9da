/**
 * Adapters from the pure rules in lib/editorial to Sanity validation. Rules that query the dataset
 * are skipped when context.environment === 'cli' (offline `sanity documents validate`), and left to
 * content:check there.
 */
import type { CustomValidator, Path, SlugIsUniqueValidator, SlugValue, ValidationContext, ValidationError } from 'sanity';
import { reservedSlugProblem } from '../../lib/routes';
import { doiKey } from '../../lib/editorial/citations';
import { postFindings, type DocumentLike } from '../../lib/editorial/documents';
import { findingText, type FieldFinding, type Finding, type FindingLevel } from '../../lib/editorial/findings';
import { linkedText, describeLink } from '../../lib/editorial/links';
import { describeHrefProblem } from '../../lib/editorial/href';
import { reviewerFinding, type ReviewerLike } from '../../lib/editorial/review';
import { slugFinding } from '../../lib/editorial/rules';
import { apiVersion } from '../env';
import { TRANSLATED_TYPES } from '../languages';
import { DEFAULT_LANGUAGE, languageOfDocument } from '../../lib/i18n/languages';
import { ownPreviousSlugProblems } from '../../lib/content/redirects';

/**
 * One slug per address: unique among the documents of the type in the same language, since
 * `/blog/x` and `/es/blog/x` are two addresses (content contract v2: slugs may repeat across
 * languages). Types without a language use Sanity's own check. Offline in the CLI it cannot run, so
 * it is skipped.
 */
export const isUniqueSlug: SlugIsUniqueValidator = async (slug, context) => {
  if (context.environment === 'cli') return true;
  const doc = context.document;
  if (!doc || !TRANSLATED_TYPES.some((t) => t === doc._type)) {
    return context.defaultIsUnique(slug, context);
  }
  const id = doc._id.replace(/^drafts\./, '');
  const others = await context
    .getClient({ apiVersion })
    .fetch<number>(
      `count(*[_type == $type && slug.current == $slug && coalesce(language, $default) == $language && !(_id in [$id, "drafts." + $id]) && !(_id in path("versions.**"))])`,
      { type: doc._type, slug, language: languageOfDocument(doc), default: DEFAULT_LANGUAGE, id },
    );
  return others === 0;
};

/** Turn a field rule (a finding or undefined) into a Sanity custom validator result. */
export function asRule<T>(rule: (value: T) => FieldFinding | undefined) {
  return (value: T | undefined): true | string => {
    const finding = rule(value as T);
    return finding ? findingText(finding) : true;
  };
}

/**
 * Slug style (lowercase letters, digits, dashes), checked on the slug field. The offline
 * `sanity documents validate` (CLI 6.7) reports rules on slug fields as warnings; the site serves any
 * URL-safe slug, so a post is never hidden for its style, and an unsafe slug is logged by the site.
 */
export function slugRule(value: SlugValue | undefined): true | string {
  if (!value?.current) return true; // "required" reports the missing slug
  return asRule(slugFinding)(value.current);
}

/** A trust page's slug: the slug style, and never an address the site itself uses (`blog`, `feed.xml`…). */
export function pageSlugRule(value: SlugValue | undefined): true | string {
  if (!value?.current) return true;
  const reserved = reservedSlugProblem(value.current);
  if (reserved) return `${reserved}. Choose another slug, such as "about-us" or "contact-us".`;
  return slugRule(value);
}

// One document is validated field by field; its findings are computed once per version of it.
const postFindingsCache = new WeakMap<object, Finding[]>();
function cachedPostFindings(document: DocumentLike): Finding[] {
  let found = postFindingsCache.get(document);
  if (!found) {
    found = postFindings(document);
    postFindingsCache.set(document, found);
  }
  return found;
}

/** Findings as Sanity validation errors on one field: the path is made relative to that field. */
function toValidationResult(findings: readonly Finding[]): true | ValidationError[] {
  if (findings.length === 0) return true;
  return findings.map((f) => {
    const relative = f.path.slice(1) as Path;
    return relative.length > 0 ? { message: findingText(f), path: relative } : { message: findingText(f) };
  });
}

/**
 * The post rules (lib/editorial/documents.ts postFindings) that belong to `field`, at one level. Each
 * field registers its errors with .error() and its warnings with .warning(): Sanity gives a rule one level.
 */
export function postFieldRule(field: string, level: FindingLevel): CustomValidator<unknown> {
  return (_value, context) => {
    const document = context.document as DocumentLike | undefined;
    if (!document) return true;
    return toValidationResult(cachedPostFindings(document).filter((f) => f.level === level && f.path[0] === field));
  };
}

/**
 * One rule's errors (or warnings) on the field that holds them: for a field whose other errors are
 * already shown where they occur (a link's on the link), so that none is shown twice.
 */
export function documentRule(find: (document: DocumentLike) => Finding[], level: FindingLevel): CustomValidator<unknown> {
  return (_value, context) => {
    const document = context.document as DocumentLike | undefined;
    if (!document) return true;
    return toValidationResult(find(document).filter((f) => f.level === level));
  };
}

/** The reviewer must be a clinician: the author document is read, so the offline CLI skips it. */
export const reviewerCredentialRule: CustomValidator<{ _ref?: string } | undefined> = async (value, context) => {
  if (!value?._ref || context.environment === 'cli') return true;
  const reviewer = await context
    .getClient({ apiVersion })
    .fetch<ReviewerLike | null>('*[_id in [$id, "drafts." + $id]] | order(_updatedAt desc)[0]{ name, credentials }', { id: value._ref });
  const finding = reviewerFinding(reviewer ?? { credentials: [] });
  return finding ? findingText(finding) : true;
};

/** One citation document per DOI: another citation with this DOI is flagged (Studio only). */
export const uniqueDoiRule: CustomValidator<string | undefined> = async (value, context) => {
  if (!value || context.environment === 'cli' || !context.document) return true;
  const id = context.document._id.replace(/^drafts\./, '');
  const others = await context
    .getClient({ apiVersion })
    .fetch<Array<{ _id: string; title?: string; year?: number }>>(
      '*[_type == "citation" && lower(doi) == $doi && !(_id in [$id, "drafts." + $id])]{ _id, title, year }',
      { doi: doiKey(value), id },
    );
  if (others.length === 0) return true;
  // Named as the writer knows them (title and year), one entry per citation, draft or published.
  const names = new Map(
    others.map((o) => [o._id.replace(/^drafts\./, ''), o.title ? `"${o.title}"${o.year ? ` (${o.year})` : ''}` : 'an untitled citation']),
  );
  return `This DOI is already in the citation ${[...names.values()].join(' and ')}. Keep one citation and choose it in every post that cites the article.`;
};

/**
 * A post's previous slugs: never its own current slug (a loop), never another post's current or
 * previous slug (lib/content/redirects.ts). Other posts are read, so the offline CLI checks only the
 * post itself; content:check checks the whole dataset.
 */
export const previousSlugsRule: CustomValidator<unknown[] | undefined> = async (value, context) => {
  const document = context.document as { _id?: string; slug?: { current?: unknown } } | undefined;
  if (!value || value.length === 0 || !document?._id) return true;
  const current = typeof document.slug?.current === 'string' ? document.slug.current : undefined;
  const problems = ownPreviousSlugProblems(current, value);
  if (problems.length === 0 && context.environment !== 'cli') {
    const slugs = value.filter((s): s is string => typeof s === 'string');
    const id = document._id.replace(/^drafts\./, '');
    const others = await context
      .getClient({ apiVersion })
      .fetch<Array<{ _id: string; title?: string; slug?: string; previousSlugs?: unknown[] }>>(
        `*[_type == "post" && !(_id in [$id, "drafts." + $id]) && (slug.current in $slugs || count(previousSlugs[@ in $slugs]) > 0)]{ _id, title, "slug": slug.current, previousSlugs }`,
        { id, slugs },
      );
    for (const slug of slugs) {
      const other = others.find((o) => o.slug === slug) ?? others.find((o) => o.previousSlugs?.includes(slug));
      if (!other) continue;
      const name = other.title ? `"${other.title}"` : other._id;
      problems.push(
        other.slug === slug
          ? `"${slug}" is the current address of ${name}: it cannot also lead here. Remove it.`
          : `"${slug}" is already an old address of ${name}. Remove it from one of the two posts.`,
      );
    }
  }
  return problems.length === 0 ? true : problems.join(' ');
};

/**
 * A post's slug is never another post's old address: /blog/<slug> would be this post's, and the
 * other's old links would land here (lib/content/redirects.ts). Other posts are read, so the offline
 * CLI skips it; content:check checks the whole dataset.
 */
export const slugNotPreviousRule: CustomValidator<SlugValue | undefined> = async (value, context) => {
  const slug = value?.current;
  const document = context.document as { _id?: string } | undefined;
  if (!slug || !document?._id || context.environment === 'cli') return true;
  const id = document._id.replace(/^drafts\./, '');
  const other = await context
    .getClient({ apiVersion })
    .fetch<{ _id: string; title?: string } | null>(
      '*[_type == "post" && !(_id in [$id, "drafts." + $id]) && $slug in previousSlugs][0]{ _id, title }',
      { id, slug },
    );
  if (!other) return true;
  return `"${slug}" is an old address of ${other.title ? `"${other.title}"` : other._id}: its old links lead there. Choose another slug, or remove "${slug}" from that post's previous addresses first.`;
};

/** A link annotation's href through the one link policy; the message names the linked words. */
export function linkHrefRule(href: unknown, context: ValidationContext): true | string {
  const problem = describeHrefProblem(href);
  if (!problem) return true;
  // path: [field, {_key: block}, 'markDefs', {_key: annotation}, 'href']
  const path = context.path ?? [];
  const [field, block, , mark] = path;
  const keyOf = (segment: unknown) => (segment as { _key?: unknown } | undefined)?._key;
  const blockKey = keyOf(block);
  const markKey = keyOf(mark);
  const value = typeof field === 'string' ? (context.document as Record<string, unknown> | undefined)?.[field] : undefined;
  const text = typeof blockKey === 'string' && typeof markKey === 'string' ? linkedText(value, blockKey, markKey) : '';
  return describeLink(text, problem);
}
