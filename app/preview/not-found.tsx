import type { Metadata } from 'next';
import { NotFoundMessage } from '../_components/NotFoundMessage';

export const metadata: Metadata = { title: 'Page not found' };

export default function PreviewNotFound() {
  return <NotFoundMessage />;
}
