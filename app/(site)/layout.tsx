import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getSiteChrome } from '@/lib/content';
import { SiteShell } from '../_components/SiteShell';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await getSiteChrome();
  const siteName = settings.title ?? 'Clinic blog';
  return {
    title: { default: siteName, template: `%s | ${siteName}` },
    description: settings.description,
  };
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
