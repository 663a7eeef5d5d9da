/**
 * Rules on one field's value, shared by Studio validation, `content:check` and tests. Each returns a
 * finding an editor can act on, without its path (the caller knows the field), or undefined when the
 * value is fine. No Sanity or React imports here.
 */
import { describeHrefProblem } from './href';
import { isWellFormedDoi, normalizeDoi } from './doi';
import type { FieldFinding } from './findings';
import { splitCredential } from './people';

const error = (message: string): FieldFinding => ({ level: 'error', message });

/**
 * What the site can serve as one URL segment: URL-safe ASCII (RFC 3986 unreserved characters),
 * starting with a letter or digit, so never ".", ".." or a path. A slug outside it hides the post.
 */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;
/** The house style the Studio asks for: lowercase words joined by dashes. */
const SLUG_STYLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugFinding(slug: unknown): FieldFinding | undefined {
  if (typeof slug !== 'string' || slug === '') return error('Generate or type a slug: it is the page address.');
  if (!SLUG_STYLE.test(slug)) {
    return error(
      `"${slug.slice(0, 60)}" cannot be a web address here: use lowercase letters, digits and dashes (e.g. "${suggestSlug(slug)}").`,
    );
  }
  return undefined;
}

function suggestSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 96) || 'my-article'
  );
}

const EXCERPT_MIN = 50;
const EXCERPT_MAX = 200;

export function excerptFinding(excerpt: unknown): FieldFinding | undefined {
  if (typeof excerpt !== 'string' || excerpt.trim() === '') {
    return error('Write an excerpt: it is the summary under the title and the description search engines show.');
  }
  const length = excerpt.trim().length;
  if (length < EXCERPT_MIN) {
    return error(`The excerpt has ${length} characters; write at least ${EXCERPT_MIN} so it says what the article offers.`);
  }
  if (length > EXCERPT_MAX) {
    return error(`The excerpt has ${length} characters; keep it to ${EXCERPT_MAX} so search engines do not cut it off.`);
  }
  return undefined;
}

interface ImageLike {
  asset?: unknown;
  alt?: unknown;
}

/** Alt text is required whenever an image is actually set. */
export function imageAltFinding(image: ImageLike | undefined | null): FieldFinding | undefined {
  if (!image || !image.asset) return undefined;
  if (typeof image.alt !== 'string' || image.alt.trim() === '') {
    return error('Describe the image for readers who cannot see it (alt text), or remove the image.');
  }
  return undefined;
}

export function linkFinding(href: unknown): FieldFinding | undefined {
  const problem = describeHrefProblem(href);
  return problem ? error(problem) : undefined;
}

interface AuthorLike {
  family?: unknown;
}

export function citationAuthorsFinding(authors: readonly unknown[] | undefined | null): FieldFinding | undefined {
  if (!authors || authors.length === 0) return error('Add at least one author, as printed in the source.');
  const missing = authors.findIndex((a) => {
    const family = (a as AuthorLike | null)?.family;
    return typeof family !== 'string' || family.trim() === '';
  });
  if (missing >= 0) return error(`Author ${missing + 1} has no family name.`);
  return undefined;
}

/** A warning, not an error: DOIs registered before 2008 may not match the modern shape. */
export function doiFinding(doi: unknown): FieldFinding | undefined {
  if (typeof doi !== 'string' || doi.trim() === '') return undefined;
  const bare = normalizeDoi(doi);
  if (bare !== doi) {
    return {
      level: 'warning',
      message: `Store the bare DOI "${bare}", without https://doi.org/, doi: or trailing punctuation.`,
      suggestion: `"${bare}"`,
    };
  }
  if (!isWellFormedDoi(bare)) {
    return {
      level: 'warning',
      message: `"${doi}" does not look like a DOI (10.NNNN/…).`,
      suggestion: 'Copy the DOI from the article’s page.',
    };
  }
  return undefined;
}

/** One credential per tag: "BSN, RN" typed as one is two, and the fix says so. */
export function credentialFinding(tag: unknown): FieldFinding | undefined {
  if (typeof tag !== 'string') return undefined;
  const parts = splitCredential(tag);
  if (parts.length <= 1) return undefined;
  return {
    level: 'warning',
    message: `"${tag}" holds ${parts.length} credentials in one tag; the site splits them, and a reviewer's licence is checked one by one.`,
    suggestion: `Type each as its own tag: ${parts.map((p) => `"${p}"`).join(', ')}.`,
  };
}
