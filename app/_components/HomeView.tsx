import type { Category, PostCard } from '@/lib/content';
import { pageCount, pageOf } from '@/lib/content/article';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { CategoryList } from './CategoryList';
import { Pagination } from './Pagination';
import { PostList } from './PostList';
import { fitHeading } from './fit';

/** The latest articles, 10 a page, and the topics to browse. */
export function HomeView({
  posts,
  categories,
  page,
  language,
}: {
  posts: PostCard[];
  categories: Category[];
  page: number;
  language: Language;
}) {
  const words = dictionary(language).home;
  const pages = pageCount(posts.length);
  const counts = new Map<string, number>();
  for (const post of posts) counts.set(post.category._id, (counts.get(post.category._id) ?? 0) + 1);
  const topics = categories.map((category) => ({ category, count: counts.get(category._id) ?? 0 })).filter((topic) => topic.count > 0);
  return (
    <>
      <h1 className="page-title" style={fitHeading(words.titlePage(page))}>
        {page === 1 ? words.title : words.titlePage(page)}
      </h1>
      <PostList posts={pageOf(posts, page)} empty={words.noArticles} language={language} />
      <Pagination page={page} pages={pages} language={language} />
      <CategoryList categories={topics} language={language} />
    </>
  );
}
