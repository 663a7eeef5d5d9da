import type { Metadata } from 'next';
import { dictionary } from '@/lib/i18n/dictionary';
import { NotFoundMessage } from '../../../_components/NotFoundMessage';

export const dynamic = 'force-static';
export const metadata: Metadata = { title: dictionary('es').notFound.title, robots: { index: false, follow: true } };

/**
 * The Spanish not-found page, prerendered as a page of the Spanish layout (its header and Spanish
 * crisis line, complete without JavaScript). proxy.ts answers every unknown `/es/…` address, and this
 * address itself, with its HTML and status 404 (docs/ARCHITECTURE.md "Unknown URLs").
 */
export default function SpanishNotFoundPage() {
  return <NotFoundMessage language="es" />;
}
