import type { Metadata } from 'next';
import { dictionary } from '@/lib/i18n/dictionary';
import { NotFoundMessage } from '../../_components/NotFoundMessage';

export const metadata: Metadata = { title: dictionary('en').notFound.title };

/** A preview of nothing (no cookie, or no such page): for editors, in English. */
export default function PreviewNotFound() {
  return <NotFoundMessage language="en" />;
}
