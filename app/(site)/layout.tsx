import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { isDraftMode } from '@/lib/content/preview';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { DraftModeTools } from '../_components/DraftModeTools';
import { SiteShell } from '../_components/SiteShell';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteIdentity();
  return {
    ...pageMetadata(site, { path: '/' }),
    title: { default: site.siteName, template: `%s | ${site.siteName}` },
    // A preview shows drafts: never index it. Pages do not set robots, so this reaches all of them.
    ...((await isDraftMode()) ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {(await isDraftMode()) ? <DraftModeTools /> : null}
      <SiteShell>{children}</SiteShell>
    </>
  );
}
