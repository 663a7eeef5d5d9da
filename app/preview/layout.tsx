import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { isDraftMode } from '@/lib/content/preview';
import { siteLayoutMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { DraftModeTools } from '../_components/DraftModeTools';
import { SiteShell } from '../_components/SiteShell';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { ...siteLayoutMetadata(await getSiteIdentity()), robots: { index: false, follow: false } };
}

/**
 * Draft mode's copy of the site layout, with the preview banner and the Presentation tool's overlays.
 * Requests carrying the draft-mode cookie are rewritten here (next.config.ts), so this tree, and its
 * client code, never reaches an ordinary visitor.
 */
export default async function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {(await isDraftMode()) ? <DraftModeTools /> : null}
      <SiteShell>{children}</SiteShell>
    </>
  );
}
