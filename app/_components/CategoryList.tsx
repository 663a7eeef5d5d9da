import type { Category } from '@/lib/content';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { fitHeading } from './fit';

/** The topics readers can browse, each with how many articles it has. */
export function CategoryList({ categories, language }: { categories: Array<{ category: Category; count: number }>; language: Language }) {
  if (categories.length === 0) return null;
  const words = dictionary(language).home;
  return (
    <section className="topics" aria-labelledby="topics" id="topics-section">
      <h2 id="topics" style={fitHeading(words.topics)}>
        {words.topics}
      </h2>
      <ul>
        {categories.map(({ category, count }) => (
          <li key={category._id}>
            <a href={href('category', { slug: category.slug }, language)}>{category.title}</a>{' '}
            <span className="topic-count">({words.articleCount(count)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
