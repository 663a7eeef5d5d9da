import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { isDraftMode } from '@/lib/content/preview';
import { dictionary } from '@/lib/i18n/dictionary';
import { localeOfPath } from '@/lib/routes';
import { siteLayoutMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { DraftModeTools } from '../../_components/DraftModeTools';
import { SiteShell } from '../../_components/SiteShell';
import '../../globals.css';

type Props = { params: Promise<{ path?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = localeOfPath((await params).path ?? []);
  return { ...siteLayoutMetadata(await getSiteIdentity(language)), robots: { index: false, follow: false } };
}

/**
 * Draft mode's copy of the site layout, with the preview banner and the Presentation tool's overlays.
 * Requests carrying the draft-mode cookie are rewritten here (proxy.ts), so this tree, and its
 * client code, never reaches an ordinary visitor. Its own root: the page's language is in its path
 * (`/preview/es/blog/x`), and this tree is rendered per request anyway.
 */
export default async function PreviewLayout({ children, params }: Props & { children: ReactNode }) {
  const language = localeOfPath((await params).path ?? []);
  return (
    <html lang={dictionary(language).htmlLang}>
      <body>
        {(await isDraftMode()) ? <DraftModeTools /> : null}
        <SiteShell language={language}>{children}</SiteShell>
      </body>
    </html>
  );
}
