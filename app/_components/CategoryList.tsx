import type { Category } from '@/lib/content';
import { href } from '@/lib/routes';
import { fitHeading } from './fit';

/** The topics readers can browse, each with how many articles it has. */
export function CategoryList({ categories }: { categories: Array<{ category: Category; count: number }> }) {
  if (categories.length === 0) return null;
  return (
    <section className="topics" aria-labelledby="topics" id="topics-section">
      <h2 id="topics" style={fitHeading('Topics')}>
        Topics
      </h2>
      <ul>
        {categories.map(({ category, count }) => (
          <li key={category._id}>
            <a href={href('category', { slug: category.slug })}>{category.title}</a>{' '}
            <span className="topic-count">
              ({count} {count === 1 ? 'article' : 'articles'})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
