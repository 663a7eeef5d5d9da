import type { Metadata } from 'next';
import { NotFoundMessage } from './_components/NotFoundMessage';
import { SiteShell } from './_components/SiteShell';
import './globals.css';

// Next adds <meta name="robots" content="noindex"> to every 404 response itself.
export const metadata: Metadata = { title: 'Page not found' };

/** URLs that match no route: the site's own page, with the site's header and crisis line. */
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundMessage />
    </SiteShell>
  );
}
