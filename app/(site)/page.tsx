import { getPosts } from '@/lib/content';
import { PostList } from '../_components/PostList';

export default async function HomePage() {
  const posts = await getPosts();
  return (
    <>
      <h1 className="page-title">Latest articles</h1>
      <PostList posts={posts} />
    </>
  );
}
