import type { Metadata, Viewport } from 'next';
import { isStudioConfigured } from '@/sanity/env';
import { Studio } from './Studio';
import '../../globals.css';
import { href } from '@/lib/routes';

export const dynamic = 'force-static';
// What next-sanity/studio exports, written out: importing it would pull the Studio into this page.
export const metadata: Metadata = { title: 'Studio', referrer: 'same-origin', robots: { index: false, follow: false } };
export const viewport: Viewport = { width: 'device-width', initialScale: 1, viewportFit: 'cover' };

/**
 * The embedded Studio. Without a project it is a server-rendered page explaining how to connect one:
 * no Studio JavaScript is sent, and nothing is requested from off the site.
 */
export default function StudioPage() {
  if (isStudioConfigured) return <Studio />;
  return (
    <main id="main" className="wrap site-main">
      <h1>Connect a Sanity project to use the Studio</h1>
      <p>This site is serving its built-in dataset. To write and review articles here, connect it to a Sanity project:</p>
      <ol>
        <li>
          Create a project at sanity.io/manage (or run <code>npx sanity init</code>) and note its project ID.
        </li>
        <li>
          Set <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> (and <code>NEXT_PUBLIC_SANITY_DATASET</code> if it is not <code>production</code>)
          in <code>.env.local</code>.
        </li>
        <li>Add this site’s address as a CORS origin of the project, with credentials allowed.</li>
        <li>
          Import the seed article: <code>npx sanity dataset import sanity/seed/production.ndjson production</code>.
        </li>
        <li>Build and start the site again, then open /studio.</li>
      </ol>
      <p>
        <a href={href('home')}>Back to the site</a>
      </p>
    </main>
  );
}
