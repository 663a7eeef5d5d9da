import type { Citation } from '@/lib/content';
import { formatApaParts } from '@/lib/editorial/apa';

/** The APA 7 reference list, in the order of the post's citations; each DOI links to doi.org. */
export function ReferenceList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">References</h2>
      <ol>
        {citations.map((citation, index) => (
          <li key={citation._id} id={`ref-${index + 1}`}>
            {formatApaParts(citation).map((part, i) =>
              part.href ? (
                <a key={i} href={part.href} rel="noopener noreferrer">
                  {part.text}
                </a>
              ) : part.italic ? (
                <i key={i}>{part.text}</i>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
