import type { Metadata } from 'next';
import { dictionary } from '@/lib/i18n/dictionary';
import { NotFoundMessage } from '../_components/NotFoundMessage';

// Next adds <meta name="robots" content="noindex"> to every 404 response itself.
export const metadata: Metadata = { title: dictionary('en').notFound.title };

/** notFound() inside the site (unknown slug, unpublishable post): the site layout is already around it. */
export default function SiteNotFound() {
  return <NotFoundMessage language="en" />;
}
