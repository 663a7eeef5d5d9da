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
      <h1>The Studio is not connected yet</h1>
      <p>
        This is where the clinic’s staff write, review and publish articles, but this copy of the site is not connected to a Sanity project
        yet, so there is nothing to sign in to. Ask your site’s developer to connect the Studio to the clinic’s Sanity project and to invite
        you to it (with your work email address); then open this page again and sign in.
      </p>
      <details>
        <summary>For the developer: how to connect it</summary>
        <ol>
          <li>
            Sign in to Sanity with <code>npx sanity login</code>, then create a project at sanity.io/manage (or run{' '}
            <code>npx sanity init</code>) and note its project ID.
          </li>
          <li>
            Set <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> (and <code>NEXT_PUBLIC_SANITY_DATASET</code> if it is not <code>production</code>
            ) in <code>.env.local</code>.
          </li>
          <li>Add this site’s address as a CORS origin of the project, with credentials allowed.</li>
          <li>
            Import the seed article: <code>npx sanity dataset import sanity/seed/production.ndjson production</code>.
          </li>
          <li>Invite the staff to the project (sanity.io/manage, Members), build and start the site again, then open /studio.</li>
        </ol>
      </details>
      <p>
        <a href={href('home')}>Back to the site</a>
      </p>
    </main>
  );
}
