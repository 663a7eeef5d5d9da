import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { pageHref } from '@/lib/routes';

/** Newer / older links between home pages, with where the reader is. */
export function Pagination({ page, pages, language }: { page: number; pages: number; language: Language }) {
  if (pages <= 1) return null;
  const words = dictionary(language).home;
  return (
    <nav className="pagination" aria-label={words.pagination}>
      {page > 1 ? (
        <a href={pageHref(page - 1, language)} rel="prev">
          {words.newer}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{words.pageOf(page, pages)}</span>
      {page < pages ? (
        <a href={pageHref(page + 1, language)} rel="next">
          {words.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
