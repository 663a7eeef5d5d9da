import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n/languages';
import { DRAFT_COOKIE } from '@/lib/security/draft-cookie';
import { matchPage, type PageMatch, type PageName, type PageParams } from '@/lib/routes';
import { articleRoute } from '../../_pages/article';
import { authorRoute } from '../../_pages/author';
import { categoryRoute } from '../../_pages/category';
import { homePageRoute, homeRoute } from '../../_pages/home';
import { locationRoute, locationsRoute } from '../../_pages/locations';
import { trustPageRoute } from '../../_pages/trust-page';

/**
 * Every site page in draft mode. proxy.ts rewrites `/<path>` to `/preview/<path>` when the
 * request carries this build's draft-mode cookie; this page renders the same page module the public route
 * would (app/_pages), in the path's language, so preview and site cannot drift apart. The modules
 * read drafts because draft mode is on.
 */

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ path?: string[] }> };

type PageModule<P> = {
  generateMetadata: (props: { params: Promise<P> }) => Promise<Metadata>;
  render: (props: { params: Promise<P> }) => Promise<ReactNode>;
};

/** The page module of each page route (lib/routes.ts) in a language: a route added there must be added here. */
function pagesIn(language: Language): { [N in PageName]: PageModule<PageParams[N]> } {
  const home = homeRoute(language);
  const homePage = homePageRoute(language);
  const post = articleRoute(language);
  const author = authorRoute(language);
  const category = categoryRoute(language);
  const locations = locationsRoute(language);
  const location = locationRoute(language);
  const trustPage = trustPageRoute(language);
  return {
    home: { generateMetadata: home.generateMetadata, render: home.HomePage },
    homePage: { generateMetadata: homePage.generateMetadata, render: homePage.HomePageN },
    post: { generateMetadata: post.generateMetadata, render: post.ArticlePage },
    author: { generateMetadata: author.generateMetadata, render: author.AuthorPage },
    category: { generateMetadata: category.generateMetadata, render: category.CategoryPage },
    locations: { generateMetadata: locations.generateMetadata, render: locations.LocationsPage },
    location: { generateMetadata: location.generateMetadata, render: location.LocationPage },
    trustPage: { generateMetadata: trustPage.generateMetadata, render: trustPage.TrustPage },
  };
}

function pageOf<N extends PageName>(match: { name: N; params: PageParams[N]; locale: Language }) {
  const page = pagesIn(match.locale)[match.name];
  const props = { params: Promise.resolve(match.params) };
  return { metadata: () => page.generateMetadata(props), render: () => page.render(props) };
}

async function resolve(props: Props): Promise<PageMatch | null> {
  // Only requests rewritten here with the cookie; a visit to /preview/… itself finds nothing.
  if (!(await cookies()).has(DRAFT_COOKIE)) return null;
  const { path = [] } = await props.params;
  return matchPage(path);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await resolve(props);
  if (!found) return { title: 'Page not found' };
  return pageOf(found).metadata();
}

export default async function PreviewPage(props: Props) {
  const found = await resolve(props);
  if (!found) notFound();
  return pageOf(found).render();
}
