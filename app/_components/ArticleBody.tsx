import { PortableText, type PortableTextComponents } from '@portabletext/react';
import type React from 'react';
import type { BodyImageValue, PortableTextBlockValue } from '@/lib/content';
import type { ArticleMarkDef, ArticleNode, CitationMarkerValue } from '@/lib/content/article';
import { SafeLink } from './SafeLink';
import { SanityImage } from './SanityImage';
import { fitHeading } from './fit';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';

/**
 * Portable Text through @portabletext/react. Links pass the one link policy again at render time;
 * h2s carry the anchor the table of contents links to; an inline citation is a marker placed by
 * buildArticleModel (its number in the reference list and the anchor the reference links back to).
 * `flat` renders headings as paragraphs, for text shown inside another section (an author's bio).
 */
export function PortableBody({
  blocks,
  headingIds = new Map(),
  flat = false,
  language = 'en',
}: {
  blocks: Array<PortableTextBlockValue | ArticleNode>;
  headingIds?: ReadonlyMap<string, string>;
  flat?: boolean;
  /** The page's language, for what the body's own markup says (a citation's label). */
  language?: Language;
}) {
  const words = dictionary(language).article;
  const heading = (Tag: 'h2' | 'h3' | 'h4') =>
    function Heading({ children, value }: { children?: React.ReactNode; value: { _key?: string; children?: ReadonlyArray<unknown> } }) {
      if (flat) return <p>{children}</p>;
      const text = (value.children ?? [])
        .map((child) => {
          const t = (child as { text?: unknown }).text;
          return typeof t === 'string' ? t : '';
        })
        .join('');
      return (
        <Tag id={Tag === 'h2' ? headingIds.get(value._key ?? '') : undefined} style={fitHeading(text)}>
          {children}
        </Tag>
      );
    };
  const components: PortableTextComponents = {
    types: {
      citationMarker: ({ value }: { value: CitationMarkerValue }) => (
        <sup className="cite">
          <a id={value.anchorId} href={`#ref-${value.number}`} aria-label={words.reference(value.number)}>
            [{value.number}]
          </a>
        </sup>
      ),
      // An image in the text: the column's width, its alt text, and its caption under it.
      // (Text shown inside another section, `flat`, leaves its images out.)
      imageWithAlt: ({ value }: { value: BodyImageValue }) =>
        flat ? null : (
          <figure className="body-image">
            <SanityImage image={value} maxWidth={1280} sizes="(min-width: 42.5rem) 40rem, 100vw" />
            {value.caption ? <figcaption>{value.caption}</figcaption> : null}
          </figure>
        ),
    },
    block: {
      normal: ({ children }) => <p>{children}</p>,
      h2: heading('h2'),
      h3: heading('h3'),
      h4: heading('h4'),
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
      // The number is a separate marker child (see above); the annotation itself is just its text,
      // except an author–date citation, which is its own link to the reference.
      citationRef: ({ value, children }: { value?: ArticleMarkDef; children?: React.ReactNode }) => {
        const authorDate = value && value._type === 'citationRef' ? value.authorDateLink : undefined;
        if (!authorDate) return <>{children}</>;
        return (
          <a id={authorDate.anchorId} href={`#ref-${authorDate.number}`} className="cite-author-date">
            {children}
          </a>
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
  return <PortableText value={blocks as PortableTextBlockValue[]} components={components} onMissingComponent={false} />;
}
