/**
 * Old addresses of posts (content contract v2): `previousSlugs` (a post's earlier slugs, from
 * WordPress's `_wp_old_slug` or a slug changed in the Studio after publishing) answer
 * `/blog/<previous>` with 308 to the post; `previousPaths` (the post's address on the old site, from a
 * WordPress export's `<link>` and `?p=<id>`) answer with 308 too, as do WordPress's dated permalinks
 * (`/2025/09/03/<slug>/`) of a current or previous slug. One module decides which old address goes
 * where, for the proxy's index, `content:check` and the Studio alike.
 *
 * Conflicts never take a page away: a slug that is a post's current slug is that post's, whatever
 * another post lists as previous; an old address claimed by two posts goes to the one published
 * first; a post's own current slug among its previous ones is a loop and is ignored. Each is a finding.
 */
import { z } from 'zod';
import type { Finding } from '../editorial/findings';
import { routes } from '../routes';

/** A post's addresses, as `postAddressesQuery` reads them. */
export interface PostAddresses {
  _id: string;
  slug: string;
  previousSlugs: string[];
  previousPaths: string[];
  /** `"en"` when absent (content contract v2). */
  language: string;
}

const addressList = z
  .unknown()
  .optional()
  .transform((list) => (Array.isArray(list) ? list : []).filter((item): item is string => typeof item === 'string' && item.trim() !== ''));
const storedAddresses = z.object({
  _id: z.string(),
  slug: z.string().min(1),
  previousSlugs: addressList,
  previousPaths: addressList,
  language: z
    .string()
    .nullish()
    .transform((l) => l || 'en'),
});

/** The posts whose addresses can be read; one without an id or a slug has no address to keep. */
export function parsePostAddresses(value: unknown): PostAddresses[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = storedAddresses.safeParse(item);
    return parsed.success ? [{ ...parsed.data, slug: parsed.data.slug.trim() }] : [];
  });
}

/**
 * The key an old address is looked up by: its path decoded, lower case, without a trailing slash,
 * and of its query only WordPress's `p` or `page_id` (`/?p=123`). A full URL counts by its path, so
 * `https://old-clinic.com/2025/09/03/x/` and `/2025/09/03/x` are one address. Undefined when the value
 * is no address (garbled encoding, a script, another scheme).
 */
export function addressKey(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), 'http://old.invalid');
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  pathname =
    pathname
      .toLowerCase()
      .replace(/\/{2,}/g, '/')
      .replace(/\/+$/, '') || '/';
  const id = url.searchParams.get('p') ?? url.searchParams.get('page_id');
  if (pathname === '/' || pathname === '/index.php') {
    return id && /^\d{1,12}$/.test(id) ? `/?p=${id}` : undefined;
  }
  return pathname;
}

/** The first segments of the site's routes with parameters (/blog/…, /authors/…): those paths reach the proxy. */
const ROUTE_ROOTS = new Set(
  Object.values(routes)
    .map((route) => route.pattern.split('/')[1])
    .filter((segment): segment is string => Boolean(segment) && !segment.startsWith(':')),
);

/**
 * Whether requests for an old address reach the proxy, which answers it (proxy.ts's matcher: one
 * segment, a dated permalink, a route of the site, the home page with `?p=`). Another form
 * (`/news/2025/x`) is stored but cannot redirect: it is a finding, for the clinic's host to redirect.
 */
export function isRedirectable(key: string): boolean {
  if (key.startsWith('/?p=')) return true;
  const segments = key.split('/').filter(Boolean);
  return segments.length === 1 || /^\d{4}$/.test(segments[0] ?? '') || ROUTE_ROOTS.has(segments[0] ?? '');
}

/** WordPress's dated permalinks: `/2025/09/03/<slug>`, `/2025/09/<slug>`, `/2025/<slug>`. */
const DATED = /^\/(?:19|20)\d{2}(?:\/\d{2}(?:\/\d{2})?)?\/([^/]+)$/;

export interface Redirects {
  /** Address key → the slug of the post it now belongs to. */
  readonly byKey: ReadonlyMap<string, string>;
  /** Previous slug → current slug, for `/blog/<previous>` and the dated permalinks. */
  readonly bySlug: ReadonlyMap<string, string>;
}

export interface RedirectPlan extends Redirects {
  /** What was refused, by post `_id`. */
  readonly findings: ReadonlyMap<string, Finding[]>;
}

/**
 * Which old address goes to which post. `posts` must be in the order that decides a tie (published
 * first); only posts whose slug is in `live` (the posts the site shows) receive redirects, so an
 * unpublished or scheduled post's old address stays a 404 until it is shown.
 */
export function planRedirects(
  posts: readonly PostAddresses[],
  live: ReadonlySet<string> = new Set(posts.map((p) => p.slug)),
): RedirectPlan {
  const findings = new Map<string, Finding[]>();
  const note = (id: string, finding: Finding) => findings.set(id, [...(findings.get(id) ?? []), finding]);
  const current = new Map<string, string>();
  for (const post of posts) if (!current.has(post.slug)) current.set(post.slug, post._id);

  const bySlug = new Map<string, string>();
  const slugOwner = new Map<string, string>();
  const byKey = new Map<string, string>();
  const keyOwner = new Map<string, string>();
  for (const post of posts) {
    post.previousSlugs.forEach((raw, i) => {
      const previous = raw.trim();
      const path = ['previousSlugs', i];
      if (previous === post.slug) {
        note(post._id, {
          level: 'error',
          path,
          message: `"${previous}" is this post's current slug: an old address cannot lead to itself`,
        });
        return;
      }
      const holder = current.get(previous);
      if (holder !== undefined) {
        note(post._id, {
          level: 'error',
          path,
          message: `"${previous}" is the current slug of another post (${holder}); /blog/${previous} stays that post's`,
        });
        return;
      }
      const owner = slugOwner.get(previous);
      if (owner !== undefined && owner !== post._id) {
        note(post._id, {
          level: 'error',
          path,
          message: `"${previous}" is also a previous slug of ${owner}, published earlier, which keeps it`,
        });
        return;
      }
      slugOwner.set(previous, post._id);
      // Looked up as addresses are: in lower case.
      if (live.has(post.slug)) bySlug.set(previous.toLowerCase(), post.slug);
    });
    post.previousPaths.forEach((raw, i) => {
      const path = ['previousPaths', i];
      const key = addressKey(raw);
      if (!key) {
        note(post._id, { level: 'warning', path, message: `"${raw.slice(0, 80)}" is not an address of the old site; left out` });
        return;
      }
      const owner = keyOwner.get(key);
      if (owner !== undefined && owner !== post._id) {
        note(post._id, { level: 'error', path, message: `"${raw.slice(0, 80)}" is also an old address of ${owner}, which keeps it` });
        return;
      }
      keyOwner.set(key, post._id);
      if (!isRedirectable(key)) {
        note(post._id, {
          level: 'warning',
          path,
          message: `"${raw.slice(0, 80)}" has a form this site does not answer (only one segment, /YYYY/…, a route of the site or /?p=): redirect it at the web host`,
        });
        return;
      }
      if (live.has(post.slug)) byKey.set(key, post.slug);
    });
  }
  return { byKey, bySlug, findings };
}

/**
 * Where an old address now is: the slug of the post to send it to, or undefined. `/blog/<previous>`
 * by previous slug, the old site's own addresses by key, and a dated permalink by its slug.
 * `isCurrent` says whether a slug is a post's current one (a dated permalink of a current post).
 */
export function redirectTarget(
  redirects: Redirects,
  pathname: string,
  search: string,
  blogPrefix: string,
  isCurrent: (slug: string) => boolean,
): string | undefined {
  const key = addressKey(`${pathname}${search}`);
  if (!key) return undefined;
  const underBlog = key.startsWith(`${blogPrefix}/`) ? key.slice(blogPrefix.length + 1) : undefined;
  if (underBlog !== undefined && !underBlog.includes('/')) {
    const target = redirects.bySlug.get(underBlog);
    if (target) return target;
  }
  const stored = redirects.byKey.get(key);
  if (stored) return stored;
  const dated = DATED.exec(key)?.[1];
  if (dated) return isCurrent(dated) ? dated : redirects.bySlug.get(dated);
  return undefined;
}

/**
 * A post's previous slugs once its published slug changes to `next` (the Studio's publish records the
 * old address): the old slug added once, and the new one taken out, since an address cannot lead to
 * itself (a post given back an earlier slug). Undefined when nothing changes.
 */
export function previousSlugsAfterPublish(
  published: string | undefined,
  next: string | undefined,
  previous: readonly unknown[] | undefined,
): string[] | undefined {
  const list = (previous ?? []).filter((s): s is string => typeof s === 'string');
  if (!published || !next || published === next) return undefined;
  const updated = [...list.filter((s) => s !== next && s !== published), published];
  return updated.length === list.length && updated.every((s, i) => s === list[i]) ? undefined : updated;
}

/**
 * What is wrong with a post's own previous slugs, before anything else is read: one that is its
 * current slug (a loop), or one listed twice.
 */
export function ownPreviousSlugProblems(current: string | undefined, previous: readonly unknown[] | undefined): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const item of previous ?? []) {
    if (typeof item !== 'string') continue;
    if (!/^[^\s/?#]+$/u.test(item))
      problems.push(`"${item.slice(0, 60)}" is not a slug: write only the part after /blog/, without slashes or spaces.`);
    else if (item === current) problems.push(`"${item}" is this post's current slug: an old address cannot lead to itself. Remove it.`);
    else if (seen.has(item)) problems.push(`"${item}" is listed twice. Remove one.`);
    seen.add(item);
  }
  return problems;
}
