'use client';

import { BUILT_IN_CRISIS } from '@/lib/content/crisis-text';
import { DEFAULT_SITE_NAME } from '@/lib/editorial/site';
import { SHELL_TEXT_EN } from '@/lib/i18n/shell-text';
import { ShellFrame } from './_components/ShellFrame';
import './globals.css';

const crisis = { ...BUILT_IN_CRISIS, actions: [...BUILT_IN_CRISIS.actions] };

/**
 * The root layout itself failed, so nothing can be fetched: the same frame with the built-in crisis
 * text, in the same place as on every page. Its links go to the site root, written here rather than
 * read from lib/routes.ts, which would ship the route table to every reader (about 500 B gzip).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>{`This page could not be shown | ${DEFAULT_SITE_NAME}`}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <ShellFrame homeHref="/" siteName={DEFAULT_SITE_NAME} crisis={crisis} text={SHELL_TEXT_EN}>
          <h1 className="page-title">This page could not be shown</h1>
          <p>Something went wrong on our side. Please try again in a moment.</p>
          <p className="error-actions">
            <button type="button" onClick={() => reset()}>
              Try again
            </button>
          </p>
        </ShellFrame>
      </body>
    </html>
  );
}
