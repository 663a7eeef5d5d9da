import type { Author } from '@/lib/content';
import { isTextBlock } from '@/lib/content/schema/portable-text';
import { formatAuthorName } from '@/lib/editorial/people';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { PortableBody } from './ArticleBody';
import { SanityImage } from './SanityImage';
import { fitHeading } from './fit';

/** At the end of an article: who wrote it and why they can be trusted. */
export function AuthorCard({ author, heading, language }: { author: Author; heading: string; language: Language }) {
  return (
    <section className="author-card" aria-labelledby="about-the-author">
      <h2 id="about-the-author" style={fitHeading(heading)}>
        {heading}
      </h2>
      <div className="author-card-body">
        {author.image ? <SanityImage image={author.image} maxWidth={192} aspect={1} sizes="96px" className="author-photo" /> : null}
        <div>
          <p className="author-card-name">
            <a href={href('author', { slug: author.slug }, language)}>{formatAuthorName(author)}</a>
          </p>
          {author.jobTitle ? <p className="author-card-role">{author.jobTitle}</p> : null}
          {author.bio ? (
            <div className="author-card-bio">
              <PortableBody blocks={author.bio.filter(isTextBlock).slice(0, 2)} flat />
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
