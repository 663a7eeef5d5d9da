/**
 * The Presentation tool: the site in a frame beside the editor, in draft mode. The Studio runs on the
 * site's own origin (/studio), so the preview URL is relative; the enable route checks the secret the
 * tool writes (app/api/draft-mode/enable). Locations tell an editor where a document appears.
 */
// Types only: defineLocations/defineDocuments are identity helpers, and plain objects keep this module
// loadable by the unit tests without the Studio.
import type { DocumentLocationResolverObject, DocumentResolver, PresentationPluginOptions } from 'sanity/presentation';

export const PREVIEW_ENABLE_PATH = '/api/draft-mode/enable';
export const PREVIEW_DISABLE_PATH = '/api/draft-mode/disable';

type Named = { title?: string | null; name?: string | null; slug?: string | null } | null;

const home = { title: 'Home', href: '/' };

export const presentationResolve: NonNullable<PresentationPluginOptions['resolve']> = {
  // Opening a page in the frame opens the document it shows.
  mainDocuments: [
    { route: '/blog/:slug', filter: `_type == "post" && slug.current == $slug` },
    { route: '/authors/:slug', filter: `_type == "author" && slug.current == $slug` },
    { route: '/categories/:slug', filter: `_type == "category" && slug.current == $slug` },
  ] satisfies DocumentResolver[],
  locations: {
    post: {
      select: { title: 'title', slug: 'slug.current' },
      resolve: (doc: Named) => ({
        locations: doc?.slug ? [{ title: doc.title || 'Untitled article', href: `/blog/${doc.slug}` }, home] : [home],
      }),
    } satisfies DocumentLocationResolverObject<string>,
    author: {
      select: { name: 'name', slug: 'slug.current' },
      resolve: (doc: Named) => ({
        locations: doc?.slug ? [{ title: doc.name || 'Author', href: `/authors/${doc.slug}` }] : [],
      }),
    } satisfies DocumentLocationResolverObject<string>,
    category: {
      select: { title: 'title', slug: 'slug.current' },
      resolve: (doc: Named) => ({
        locations: doc?.slug ? [{ title: doc.title || 'Category', href: `/categories/${doc.slug}` }, home] : [home],
      }),
    } satisfies DocumentLocationResolverObject<string>,
  },
};

export const presentationOptions: PresentationPluginOptions = {
  previewUrl: {
    initial: '/',
    previewMode: { enable: PREVIEW_ENABLE_PATH, disable: PREVIEW_DISABLE_PATH },
  },
  resolve: presentationResolve,
};
