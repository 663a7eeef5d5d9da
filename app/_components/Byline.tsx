import type { Author } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';

/** "Katie Coon, BSN, RN" with the job title beneath. */
export function Byline({ author }: { author: Author }) {
  return (
    <p className="byline">
      <span className="byline-name">By {formatAuthorName(author)}</span>
      {author.jobTitle ? <span className="byline-role">{author.jobTitle}</span> : null}
    </p>
  );
}
