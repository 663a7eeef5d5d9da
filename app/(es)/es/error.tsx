'use client';

import { ERROR_TEXT } from '@/lib/i18n/error-text';

/**
 * A Spanish page failed while rendering. The Spanish layout (header, crisis line, footer) is still
 * around this, so a reader who came for help still finds it. Its words are the dictionary's
 * (lib/i18n/error-text.ts, small: this page runs in the browser); the link goes to /es, written here
 * for the same reason as app/(site)/error.tsx.
 */
export default function SpanishError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = ERROR_TEXT.es;
  return (
    <>
      <h1 className="page-title">{text.heading}</h1>
      <p>{text.body}</p>
      <p className="error-actions">
        <button type="button" onClick={() => reset()}>
          {text.tryAgain}
        </button>{' '}
        <a href="/es">{text.home}</a>
      </p>
    </>
  );
}
