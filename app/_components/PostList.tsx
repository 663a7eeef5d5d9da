import Link from 'next/link';
import type { PostCard } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import { ContentDate } from './ContentDate';

export function PostList({ posts }: { posts: PostCard[] }) {
  if (posts.length === 0) return <p>No articles have been published yet.</p>;
  return (
    <ul className="post-list">
      {posts.map((post) => (
        <li key={post._id} className="post-card">
          <p className="post-card-meta">
            <span>{post.category.title}</span> · <ContentDate value={post.publishedAt} />
          </p>
          <h2>
            <Link href={`/blog/${post.slug}`}>{post.title}</Link>
          </h2>
          <p>{post.excerpt}</p>
          <p className="post-card-author">{formatAuthorName(post.author)}</p>
        </li>
      ))}
    </ul>
  );
}
