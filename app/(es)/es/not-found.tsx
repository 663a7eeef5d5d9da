import type { Metadata } from 'next';
import { dictionary } from '@/lib/i18n/dictionary';
import { NotFoundMessage } from '../../_components/NotFoundMessage';

// Next adds <meta name="robots" content="noindex"> to every 404 response itself.
export const metadata: Metadata = { title: dictionary('es').notFound.title };

/** notFound() under /es: in Spanish, inside the Spanish layout (its header and the Spanish crisis line). */
export default function SpanishNotFound() {
  return <NotFoundMessage language="es" />;
}
