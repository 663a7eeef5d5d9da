import type { TocEntry } from '@/lib/content/article';
import { fitHeading } from './fit';

/** Links to the article's sections, so a reader can go straight to what they need. */
export function TableOfContents({ entries, heading }: { entries: TocEntry[]; heading: string }) {
  return (
    <nav className="toc" aria-labelledby="contents">
      <h2 id="contents" style={fitHeading(heading)}>
        {heading}
      </h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
