import type { ReactNode } from 'react';
import type { Author } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import { href } from '@/lib/routes';

/** "By Katie Coon, BSN, RN" linking to the author's page, with the job title beneath. */
export function Byline({ author }: { author: Author }) {
  return (
    <p className="byline">
      <span className="byline-name">
        By <a href={href('author', { slug: author.slug })}>{formatAuthorName(author)}</a>
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
}: {
  reviewer: Author;
  date?: ReactNode;
  due?: ReactNode;
  overdue?: boolean;
}) {
  return (
    <p className="reviewed-by">
      <span>
        Medically reviewed by <a href={href('author', { slug: reviewer.slug })}>{formatAuthorName(reviewer)}</a>
        {date ? <> on {date}</> : null}
      </span>
      {due ? (
        <span className="review-due">
          <span className="sep" aria-hidden="true">
            {' · '}
          </span>
          Next review {overdue ? 'was due' : 'due'} {due}
        </span>
      ) : null}
    </p>
  );
}
