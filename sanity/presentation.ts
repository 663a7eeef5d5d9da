/**
 * The Presentation tool: the site in a frame beside the editor, in draft mode. The Studio runs on the
 * site's own origin (/studio), so the preview URL is relative; the enable route checks the secret the
 * tool writes (app/api/draft-mode/enable). Locations tell an editor where a document appears.
 */
// Types only: defineLocations/defineDocuments are identity helpers, and plain objects keep this module
// loadable by the unit tests without the Studio.
import type { DocumentLocationResolverObject, DocumentResolver, PresentationPluginOptions } from 'sanity/presentation';
import { apiRoutes, documentHref, documentRoutes, href, type DocumentTypeName } from '../lib/routes';

export const PREVIEW_ENABLE_PATH = apiRoutes.draftModeEnable;
export const PREVIEW_DISABLE_PATH = apiRoutes.draftModeDisable;

type Named = Record<string, string | null | undefined> | null;

const home = { title: 'Home', href: href('home') };

/**
 * How each document type a route shows is named in the Studio's locations: the field holding its
 * title, the title when that is empty, and whether it is also listed on the home page.
 */
const located: { [T in DocumentTypeName]: { titleField: string; untitled: string; onHome: boolean } } = {
  post: { titleField: 'title', untitled: 'Untitled article', onHome: true },
  author: { titleField: 'name', untitled: 'Author', onHome: false },
  category: { titleField: 'title', untitled: 'Category', onHome: true },
  page: { titleField: 'title', untitled: 'Page', onHome: false },
  location: { titleField: 'name', untitled: 'Location', onHome: false },
};

function locationResolver(type: DocumentTypeName): DocumentLocationResolverObject<string> {
  const { titleField, untitled, onHome } = located[type];
  const alsoHome = onHome ? [home] : [];
  return {
    select: { [titleField]: titleField, slug: 'slug.current' },
    resolve: (doc: Named) => ({
      locations: doc?.slug ? [{ title: doc[titleField] || untitled, href: documentHref(type, doc.slug) }, ...alsoHome] : alsoHome,
    }),
  };
}

export const presentationResolve: NonNullable<PresentationPluginOptions['resolve']> = {
  // Opening a page in the frame opens the document it shows.
  mainDocuments: documentRoutes.map(({ pattern, type }): DocumentResolver => ({
    route: pattern,
    filter: `_type == "${type}" && slug.current == $slug`,
  })),
  locations: Object.fromEntries(documentRoutes.map(({ type }) => [type, locationResolver(type)])),
};

export const presentationOptions: PresentationPluginOptions = {
  previewUrl: {
    initial: href('home'),
    previewMode: { enable: PREVIEW_ENABLE_PATH, disable: PREVIEW_DISABLE_PATH },
  },
  resolve: presentationResolve,
};
