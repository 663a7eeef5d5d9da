'use client';

/**
 * A page failed while rendering. The site layout (header, crisis line, footer) is still around this,
 * so a reader who came for help still finds it. The link goes to the site root, written here: the
 * route table (lib/routes.ts) would add about 500 B gzip to this page's script.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="page-title">This page could not be shown</h1>
      <p>Something went wrong on our side. Please try again in a moment.</p>
      <p className="error-actions">
        <button type="button" onClick={() => reset()}>
          Try again
        </button>{' '}
        <a href="/">Go to the latest articles</a>
      </p>
    </>
  );
}
