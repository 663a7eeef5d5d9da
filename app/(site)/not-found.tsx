import type { Metadata } from 'next';
import { NotFoundMessage } from '../_components/NotFoundMessage';

// Next adds <meta name="robots" content="noindex"> to every 404 response itself.
export const metadata: Metadata = { title: 'Page not found' };

/** notFound() inside the site (unknown slug, unpublishable post): the site layout is already around it. */
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
