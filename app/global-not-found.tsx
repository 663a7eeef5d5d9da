import type { Metadata } from 'next';
import { dictionary } from '@/lib/i18n/dictionary';
import { NotFoundMessage } from './_components/NotFoundMessage';
import { SiteShell } from './_components/SiteShell';
import './globals.css';

// Next adds <meta name="robots" content="noindex"> to every 404 response itself.
export const metadata: Metadata = { title: dictionary('en').notFound.title };

/**
 * URLs that match no route (and every unknown English URL proxy.ts sends here): the site's own page,
 * with the site's header and crisis line. The site has a root layout per language, so this page is
 * its own document (Next's global-not-found); unknown Spanish URLs get app/(es)/es/not-found.tsx.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <SiteShell language="en">
          <NotFoundMessage language="en" />
        </SiteShell>
      </body>
    </html>
  );
}
