import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteShell } from './_components/SiteShell';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** Unknown URLs and missing or unpublishable content: the site's own page, crisis line included. */
export default function NotFound() {
  return (
    <SiteShell>
      <h1 className="page-title">We could not find that page</h1>
      <p>The page may have moved, or the address may be mistyped.</p>
      <p>
        <Link href="/">Go to the latest articles</Link>
      </p>
    </SiteShell>
  );
}
