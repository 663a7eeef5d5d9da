/**
 * Pure helpers for draft mode (preview), kept apart from the server-only fetch code so they are
 * unit-tested directly.
 */
import { href } from '../routes';

const HOME = href('home');

/** The query parameter the Presentation tool uses for the page to open after enabling draft mode. */
export const PREVIEW_PATHNAME_PARAM = 'sanity-preview-pathname';

/**
 * A redirect target that stays on this site: `redirect` is resolved against the site's origin the way
 * a browser would (`new URL(redirect, origin)`), and anything that lands on another origin
 * (`//host`, `/\host`, `\\host`, `https://host`, `javascript:`) becomes the home page. Returns a path with its
 * query and fragment, never an absolute URL.
 */
export function siteRedirectPath(redirect: string | null | undefined, origin: string): string {
  if (!redirect) return HOME;
  let url: URL;
  try {
    url = new URL(redirect, `${origin}/`);
  } catch {
    return HOME;
  }
  if (url.origin !== new URL(origin).origin) return HOME;
  const target = `${url.pathname}${url.search}${url.hash}`;
  // A path that a browser would read as protocol-relative must never leave here.
  return target.startsWith('//') || target.startsWith('/\\') ? HOME : target;
}
