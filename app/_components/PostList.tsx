import type { PostCard } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { ContentDate } from './ContentDate';
import { fitHeading } from './fit';

/** Article cards; `headingLevel` keeps the page's outline right (h2 under the h1, h3 under an h2). */
export function PostList({
  posts,
  headingLevel = 2,
  showCategory = true,
  empty,
  language,
}: {
  posts: PostCard[];
  headingLevel?: 2 | 3;
  showCategory?: boolean;
  /** What to say when there is nothing to list. */
  empty: string;
  language: Language;
}) {
  if (posts.length === 0) return <p>{empty}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="post-list">
      {posts.map((post) => (
        <li key={post._id} className="post-card">
          <Heading className="post-card-title" style={fitHeading(post.title)}>
            <a href={href('post', { slug: post.slug }, language)}>{post.title}</a>
          </Heading>
          <p className="post-card-excerpt">{post.excerpt}</p>
          <p className="post-card-meta">
            {showCategory ? <>{post.category.title} · </> : null}
            <ContentDate value={post.publishedAt} language={language} /> · {formatAuthorName(post.author)}
          </p>
        </li>
      ))}
    </ul>
  );
}
