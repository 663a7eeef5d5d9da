'use client';

import { builtInCrisis } from '@/lib/content/crisis';
import { DEFAULT_SITE_NAME } from '@/lib/editorial/site';
import { ERROR_TEXT } from '@/lib/i18n/error-text';
import { SHELL_TEXT } from '@/lib/i18n/shell-text';
import { ShellFrame } from './_components/ShellFrame';
import './globals.css';

const crisis = builtInCrisis();

/**
 * The root layout itself failed, so nothing can be fetched: the same frame with the built-in crisis
 * text, in the same place as on every page. Its links go to the site root, written here rather than
 * read from lib/routes.ts, which would ship the route table to every reader (about 500 B gzip).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>{`${ERROR_TEXT.en.heading} | ${DEFAULT_SITE_NAME}`}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <ShellFrame homeHref="/" siteName={DEFAULT_SITE_NAME} crisis={crisis} text={SHELL_TEXT.en} language="en">
          <h1 className="page-title">{ERROR_TEXT.en.heading}</h1>
          <p>{ERROR_TEXT.en.body}</p>
          <p className="error-actions">
            <button type="button" onClick={() => reset()}>
              {ERROR_TEXT.en.tryAgain}
            </button>
          </p>
        </ShellFrame>
      </body>
    </html>
  );
}
