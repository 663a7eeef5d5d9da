/**
 * The vocabulary of `blockContent`, the article body (content contract v1 and v2), in one place: the
 * Studio's type (sanity/schemaTypes/blockContent.ts), the site's zod boundary
 * (lib/content/schema/portable-text.ts) and the importer's HTML conversion (lib/import/html.ts, through
 * @portabletext/schema) are all built from it, so they can never disagree on what a body may hold.
 */
export const BLOCK_STYLES = [
  { value: 'normal', title: 'Normal' },
  { value: 'h2', title: 'Heading 2' },
  { value: 'h3', title: 'Heading 3' },
  { value: 'h4', title: 'Heading 4' },
  { value: 'blockquote', title: 'Quote' },
] as const;
export const LIST_TYPES = [
  { value: 'bullet', title: 'Bullet' },
  { value: 'number', title: 'Numbered' },
] as const;
export const DECORATORS = [
  { value: 'strong', title: 'Strong' },
  { value: 'em', title: 'Emphasis' },
] as const;
/** Annotations: a link (`href`), and an inline citation (a reference to a citation document). */
export const ANNOTATIONS = { link: 'link', citationRef: 'citationRef' } as const;
/** The body's image member: alt text required, a caption optional. */
export const BODY_IMAGE_TYPE = 'imageWithAlt';

export type BlockStyle = (typeof BLOCK_STYLES)[number]['value'];
export type ListType = (typeof LIST_TYPES)[number]['value'];
export type Decorator = (typeof DECORATORS)[number]['value'];
