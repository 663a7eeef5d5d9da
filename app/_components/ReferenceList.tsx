import type { Citation } from '@/lib/content';
import { formatApaParts } from '@/lib/editorial/apa';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fitHeading } from './fit';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The APA 7 reference list, in the order of the post's citations; each DOI links to doi.org and each
 * entry links back to where the text cites it.
 */
export function ReferenceList({
  citations,
  backlinks = new Map(),
  words,
}: {
  citations: Citation[];
  backlinks?: ReadonlyMap<number, string[]>;
  words: Dictionary['article'];
}) {
  if (citations.length === 0) return null;
  return (
    <section className="references" aria-labelledby="references-heading" id="references">
      <h2 id="references-heading" style={fitHeading(words.references)}>
        {words.references}
      </h2>
      <ol>
        {citations.map((citation, index) => {
          const number = index + 1;
          const anchors = backlinks.get(number) ?? [];
          return (
            <li key={citation._id} id={`ref-${number}`}>
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
              {anchors.length > 0 ? (
                <span className="backlinks">
                  {' '}
                  {anchors.map((anchor, i) => (
                    <a
                      key={anchor}
                      href={`#${anchor}`}
                      aria-label={anchors.length === 1 ? words.backToCitation(number) : words.backToCitationOf(i + 1, number)}
                    >
                      {anchors.length === 1 ? '↩' : `↩${LETTERS[i] ?? i + 1}`}
                    </a>
                  ))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
