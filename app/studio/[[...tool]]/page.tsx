import type { Metadata } from 'next';
import { metadata as studioMetadata, viewport as studioViewport } from 'next-sanity/studio';
import { isStudioConfigured } from '@/sanity/env';
import '../../globals.css';

export const dynamic = 'force-static';
export const metadata: Metadata = { ...studioMetadata, title: 'Studio' };
export const viewport = studioViewport;

/**
 * The embedded Studio. Without a project it is a server-rendered page explaining how to connect one:
 * no Studio JavaScript is sent, and nothing is requested from off the site.
 */
export default async function StudioPage() {
  if (isStudioConfigured) {
    const { Studio } = await import('./Studio');
    return <Studio />;
  }
  return (
    <main id="main" className="wrap studio-setup">
      <h1>Connect a Sanity project to use the Studio</h1>
      <p>
        This site is serving its built-in dataset. To write and review articles here, connect it to a
        Sanity project:
      </p>
      <ol>
        <li>
          Create a project at sanity.io/manage (or run <code>npx sanity init</code>) and note its project ID.
        </li>
        <li>
          Set <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> (and <code>NEXT_PUBLIC_SANITY_DATASET</code> if it is not{' '}
          <code>production</code>) in <code>.env.local</code>.
        </li>
        <li>
          Add this site’s address as a CORS origin of the project, with credentials allowed.
        </li>
        <li>
          Import the seed article: <code>npx sanity dataset import sanity/seed/production.ndjson production</code>.
        </li>
        <li>Build and start the site again, then open /studio.</li>
      </ol>
      <p>
        <a href="/">Back to the site</a>
      </p>
    </main>
  );
}
