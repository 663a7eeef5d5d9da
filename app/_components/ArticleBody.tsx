import { PortableText, type PortableTextComponents } from '@portabletext/react';
import type { PortableTextBlockValue } from '@/lib/content';
import type { CitationMark } from '@/lib/content/article';
import { SafeLink } from './SafeLink';

/**
 * Portable Text through @portabletext/react. Links pass the one link policy again at render time;
 * h2s carry the anchor the table of contents links to; an inline citation shows its number from the
 * reference list and carries the anchor the reference links back to (or just its text when the
 * cited source is not in the list).
 */
export function PortableBody({
  blocks,
  headingIds = new Map(),
  citationMarks = new Map(),
}: {
  blocks: PortableTextBlockValue[];
  headingIds?: ReadonlyMap<string, string>;
  citationMarks?: ReadonlyMap<string, CitationMark>;
}) {
  // An annotation split into runs renders once per run; only the first run carries the anchor id.
  const anchored = new Set<string>();
  const components: PortableTextComponents = {
    block: {
      normal: ({ children }) => <p>{children}</p>,
      h2: ({ children, value }) => <h2 id={headingIds.get(value._key ?? '')}>{children}</h2>,
      h3: ({ children }) => <h3>{children}</h3>,
      h4: ({ children }) => <h4>{children}</h4>,
      blockquote: ({ children }) => <blockquote>{children}</blockquote>,
    },
    list: {
      bullet: ({ children }) => <ul>{children}</ul>,
      number: ({ children }) => <ol>{children}</ol>,
    },
    listItem: {
      bullet: ({ children }) => <li>{children}</li>,
      number: ({ children }) => <li>{children}</li>,
    },
    marks: {
      strong: ({ children }) => <strong>{children}</strong>,
      em: ({ children }) => <em>{children}</em>,
      link: ({ value, children }) => <SafeLink href={String(value?.href ?? '')}>{children}</SafeLink>,
      citationRef: ({ markKey, children }) => {
        const mark = markKey ? citationMarks.get(markKey) : undefined;
        if (!mark) return <>{children}</>;
        const first = !anchored.has(mark.anchorId);
        anchored.add(mark.anchorId);
        return (
          <>
            {children}
            <sup className="cite">
              <a id={first ? mark.anchorId : undefined} href={`#ref-${mark.number}`} aria-label={`Reference ${mark.number}`}>
                [{mark.number}]
              </a>
            </sup>
          </>
        );
      },
    },
    // Unknown parts were already dropped and logged at the boundary; render nothing if one slips by.
    unknownType: () => null,
    unknownMark: ({ children }) => <>{children}</>,
    unknownBlockStyle: ({ children }) => <p>{children}</p>,
    unknownList: ({ children }) => <ul>{children}</ul>,
    unknownListItem: ({ children }) => <li>{children}</li>,
  };
  return <PortableText value={blocks} components={components} onMissingComponent={false} />;
}
