import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { SiteShell } from '../_components/SiteShell';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteIdentity();
  return {
    ...pageMetadata(site, { path: '/' }),
    title: { default: site.siteName, template: `%s | ${site.siteName}` },
  };
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
