/**
 * Adapters from the pure rules in lib/editorial to Sanity validation. Rules that query the dataset
 * are skipped when context.environment === 'cli' (offline `sanity documents validate`), and left to
 * content:check there.
 */
import type { SlugIsUniqueValidator, SlugValue } from 'sanity';
import { slugProblem } from '../../lib/editorial/rules';

/** Sanity's own uniqueness check in the Studio; offline in the CLI it cannot run, so it is skipped. */
export const isUniqueSlug: SlugIsUniqueValidator = (slug, context) =>
  context.environment === 'cli' ? true : context.defaultIsUnique(slug, context);

/** Turn an editorial rule (message or undefined) into a Sanity custom validator result. */
export function asRule<T>(rule: (value: T) => string | undefined) {
  return (value: T | undefined): true | string => rule(value as T) ?? true;
}

/**
 * Slug style (lowercase letters, digits, dashes), checked on the slug field. The offline
 * `sanity documents validate` (CLI 6.7) reports rules on slug fields as warnings; the site serves any
 * URL-safe slug, so a post is never hidden for its style, and an unsafe slug is logged by the site.
 */
export function slugRule(value: SlugValue | undefined): true | string {
  if (!value?.current) return true; // "required" reports the missing slug
  return slugProblem(value.current) ?? true;
}
