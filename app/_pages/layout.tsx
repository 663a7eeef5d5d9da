import '../globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { isDraftMode } from '@/lib/content/preview';
import { publicEnv } from '@/lib/env';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { siteLayoutMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { SiteShell } from '../_components/SiteShell';

export const siteViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#f7f5f0',
};

/**
 * The root layout of one language's pages (docs/ARCHITECTURE.md "Languages"): app/(site)/layout.tsx
 * for English, app/(es)/es/layout.tsx for Spanish. Each writes its own <html lang>, so every page
 * stays static: a single root layout could only learn the language from the path by reading the
 * request. Nothing here imports preview code: a client module imported by a layout is in every
 * page's first-load JavaScript, so the preview banner and overlays live in app/preview.
 */
export function siteLayout(language: Language) {
  async function generateMetadata(): Promise<Metadata> {
    return {
      metadataBase: new URL(publicEnv.NEXT_PUBLIC_SITE_URL),
      ...siteLayoutMetadata(await getSiteIdentity(language)),
      // Draft mode is served by app/preview (proxy.ts rewrites); should a preview ever reach these
      // routes, it is still never indexed. Pages do not set robots, so this (and the layout's
      // max-image-preview:large) reaches all of them.
      ...((await isDraftMode()) ? { robots: { index: false, follow: false } } : {}),
    };
  }

  function SiteLayout({ children }: { children: ReactNode }) {
    return (
      <html lang={dictionary(language).htmlLang}>
        <body>
          <SiteShell language={language}>{children}</SiteShell>
        </body>
      </html>
    );
  }

  return { generateMetadata, SiteLayout };
}
