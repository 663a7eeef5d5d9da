import type { ReactNode } from 'react';
import type { Author } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';

/** "By Katie Coon, BSN, RN" linking to the author's page, with the job title beneath. */
export function Byline({ author, language, words }: { author: Author; language: Language; words: Dictionary['article'] }) {
  return (
    <p className="byline">
      <span className="byline-name">
        {words.by} <a href={href('author', { slug: author.slug }, language)}>{formatAuthorName(author)}</a>
      </span>
      {author.jobTitle ? (
        <span className="byline-role">
          <span className="sep" aria-hidden="true">
            {', '}
          </span>
          <span className="byline-job">{author.jobTitle}</span>
        </span>
      ) : null}
    </p>
  );
}

/**
 * "Medically reviewed by NAME, CREDENTIALS on DATE · Next review due DATE" ("was due" once that day
 * has passed: the reader is told, not misled).
 */
export function ReviewedBy({
  reviewer,
  date,
  due,
  overdue = false,
  language,
  words,
}: {
  language: Language;
  words: Dictionary['article'];
  reviewer: Author;
  date?: ReactNode;
  due?: ReactNode;
  overdue?: boolean;
}) {
  return (
    <p className="reviewed-by">
      <span>
        {words.reviewedBy} <a href={href('author', { slug: reviewer.slug }, language)}>{formatAuthorName(reviewer)}</a>
        {date ? (
          <>
            {' '}
            {words.reviewedOn} {date}
          </>
        ) : null}
      </span>
      {due ? (
        <span className="review-due">
          <span className="sep" aria-hidden="true">
            {' · '}
          </span>
          {overdue ? words.nextReviewWasDue : words.nextReviewDue} {due}
        </span>
      ) : null}
    </p>
  );
}
