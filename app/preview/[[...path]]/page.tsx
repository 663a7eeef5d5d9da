/**
 * Every site page in draft mode. proxy.ts rewrites `/<path>` to `/preview/<path>` when the
 * request carries this build's draft-mode cookie; this page renders the same page module the public route
 * would, so preview and site cannot drift apart. The modules read drafts because draft mode is on.
 */
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DRAFT_COOKIE } from '@/lib/security/draft-cookie';
import { matchPage, type PageMatch, type PageName, type PageParams } from '@/lib/routes';
import * as Home from '../../(site)/page';
import * as HomePageN from '../../(site)/page/[n]/page';
import * as Article from '../../(site)/blog/[slug]/page';
import * as Author from '../../(site)/authors/[slug]/page';
import * as Category from '../../(site)/categories/[slug]/page';
import * as Locations from '../../(site)/locations/page';
import * as Location from '../../(site)/locations/[slug]/page';
import * as Trust from '../../(site)/[slug]/page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ path?: string[] }> };

type PageModule<P> = {
  generateMetadata: (props: { params: Promise<P> }) => Promise<Metadata>;
  default: (props: { params: Promise<P> }) => Promise<ReactNode>;
};

/** The page module of each page route (lib/routes.ts): a route added there must be added here. */
const pages: { [N in PageName]: PageModule<PageParams[N]> } = {
  home: Home,
  homePage: HomePageN,
  post: Article,
  author: Author,
  category: Category,
  locations: Locations,
  location: Location,
  trustPage: Trust,
};

function pageOf<N extends PageName>(match: { name: N; params: PageParams[N] }) {
  const page = pages[match.name];
  const props = { params: Promise.resolve(match.params) };
  return { metadata: () => page.generateMetadata(props), render: () => page.default(props) };
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
