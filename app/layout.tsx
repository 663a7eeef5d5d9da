import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { publicEnv } from '@/lib/env';
import { feedAlternates } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(publicEnv.NEXT_PUBLIC_SITE_URL),
    alternates: feedAlternates(await getSiteIdentity()),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#f7f5f0',
};

/** The root: only the document. The site's chrome is in (site)/layout.tsx; the Studio has none. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
