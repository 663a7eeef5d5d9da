import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { isDraftMode } from '@/lib/content/preview';
import { siteLayoutMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { SiteShell } from '../_components/SiteShell';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...siteLayoutMetadata(await getSiteIdentity()),
    // Draft mode is served by app/preview (next.config.ts rewrites); should a preview ever reach
    // these routes, it is still never indexed. Pages do not set robots, so this (and the layout's
    // max-image-preview:large) reaches all of them.
    ...((await isDraftMode()) ? { robots: { index: false, follow: false } } : {}),
  };
}

/**
 * The public site. Nothing here imports preview code: a client module imported by a layout is in
 * every page's first-load JavaScript, so the preview banner and overlays live in app/preview.
 */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
