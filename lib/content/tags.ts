/**
 * Cache tags (docs/ARCHITECTURE.md "Fetching"): every fetch carries `type:<_type>` for each type its query reads
 * and `doc:<_id>` for each document it reads where the ids are known before the fetch.
 */

/** A post query reads the post and the author, category and citation documents it references. */
const POST_TYPES = ['type:post', 'type:author', 'type:category', 'type:citation'] as const;

export const TAGS = {
  posts: POST_TYPES,
  post: POST_TYPES,
  authors: ['type:author'],
  categories: ['type:category'],
  pages: ['type:page'],
  locations: ['type:location'],
  siteSettings: ['type:siteSettings', 'doc:siteSettings'],
  translations: ['type:translation.metadata'],
} as const;

// Next accepts at most 128 tags per fetch; the type tags already cover anything left out.
const MAX_DOC_TAGS = 100;

/** `doc:<_id>` for each published document an article reads, from postDocumentIdsQuery's result. */
export function documentTags(raw: unknown): string[] {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value !== '' && !value.includes('.') && value.length < 200) ids.add(value);
  };
  for (const row of Array.isArray(raw) ? raw : []) {
    const r = (row ?? {}) as Record<string, unknown>;
    [r._id, r.author, r.category, r.reviewedBy].forEach(add);
    if (Array.isArray(r.citations)) r.citations.forEach(add);
  }
  return [...ids].slice(0, MAX_DOC_TAGS).map((id) => `doc:${id}`);
}
