import { PortableText, type PortableTextComponents } from '@portabletext/react';
import type { PortableTextBlockValue } from '@/lib/content';
import { SafeLink } from './SafeLink';

/**
 * Article text through @portabletext/react. Links pass the one link policy again at render time;
 * an inline citation shows its number from the reference list, or just its text when the cited
 * source is not in the list.
 */
export function ArticleBody({
  blocks,
  citationNumbers,
}: {
  blocks: PortableTextBlockValue[];
  citationNumbers: ReadonlyMap<string, number>;
}) {
  const components: PortableTextComponents = {
    block: {
      normal: ({ children }) => <p>{children}</p>,
      h2: ({ children }) => <h2>{children}</h2>,
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
      citationRef: ({ value, children }) => {
        const number = typeof value?.citationId === 'string' ? citationNumbers.get(value.citationId) : undefined;
        if (!number) return <>{children}</>;
        return (
          <>
            {children}
            <sup className="cite">
              <a href={`#ref-${number}`} aria-label={`Reference ${number}`}>
                [{number}]
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
