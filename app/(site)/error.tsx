'use client';

import { ERROR_TEXT } from '@/lib/i18n/error-text';

/**
 * A page failed while rendering. The site layout (header, crisis line, footer) is still around this,
 * so a reader who came for help still finds it. The link goes to the site root, written here: the
 * route table (lib/routes.ts) would add about 500 B gzip to this page's script.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = ERROR_TEXT.en;
  return (
    <>
      <h1 className="page-title">{text.heading}</h1>
      <p>{text.body}</p>
      <p className="error-actions">
        <button type="button" onClick={() => reset()}>
          {text.tryAgain}
        </button>{' '}
        <a href="/">{text.home}</a>
      </p>
    </>
  );
}
