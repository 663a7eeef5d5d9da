/**
 * Every site page in draft mode. next.config.ts rewrites `/<path>` to `/preview/<path>` when the
 * request carries the draft-mode cookie; this page renders the same page module the public route
 * would, so preview and site cannot drift apart. The modules read drafts because draft mode is on.
 */
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { DRAFT_MODE_COOKIE } from '@/lib/content/draft-mode';
import * as Home from '../../(site)/page';
import * as HomePageN from '../../(site)/page/[n]/page';
import * as Article from '../../(site)/blog/[slug]/page';
import * as Author from '../../(site)/authors/[slug]/page';
import * as Category from '../../(site)/categories/[slug]/page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ path?: string[] }> };

type Route = {
  generateMetadata: (props: { params: Promise<Record<string, string>> }) => Promise<Metadata>;
  default: (props: { params: Promise<Record<string, string>> }) => Promise<React.ReactNode>;
};

/** The site's routes contract, for pages: `/`, `/page/[n]`, `/blog/[slug]`, `/authors/[slug]`, `/categories/[slug]`. */
function match(path: string[]): { route: Route; params: Record<string, string> } | null {
  if (path.length === 0) return { route: Home as unknown as Route, params: {} };
  if (path.length !== 2) return null;
  const [section, value] = path;
  switch (section) {
    case 'page':
      return { route: HomePageN as unknown as Route, params: { n: value } };
    case 'blog':
      return { route: Article as unknown as Route, params: { slug: value } };
    case 'authors':
      return { route: Author as unknown as Route, params: { slug: value } };
    case 'categories':
      return { route: Category as unknown as Route, params: { slug: value } };
    default:
      return null;
  }
}

async function resolve(props: Props) {
  // Only requests rewritten here with the cookie; a visit to /preview/… itself finds nothing.
  if (!(await cookies()).has(DRAFT_MODE_COOKIE)) return null;
  const { path = [] } = await props.params;
  return match(path);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await resolve(props);
  if (!found) return { title: 'Page not found' };
  return found.route.generateMetadata({ params: Promise.resolve(found.params) });
}

export default async function PreviewPage(props: Props) {
  const found = await resolve(props);
  if (!found) notFound();
  return found.route.default({ params: Promise.resolve(found.params) });
}
