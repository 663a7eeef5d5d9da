import { pageHref } from '@/lib/routes';

/** Newer / older links between home pages, with where the reader is. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages of articles">
      {page > 1 ? (
        <a href={pageHref(page - 1)} rel="prev">
          ← Newer articles
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a href={pageHref(page + 1)} rel="next">
          Older articles →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
