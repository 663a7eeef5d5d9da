/**
 * An article as every reader of a source hands it to buildDocuments (lib/import/documents.ts): plain
 * text gives blocks of text, HTML, Markdown and WordPress give Portable Text already; both give the
 * references as written, so one place turns them into citation documents.
 */
import type { PageKind } from '../content/schema/page';
import type { Byline } from './byline';
import type { PortableNode } from './portable';

export interface ImportedBlock {
  style: 'normal' | 'h2' | 'h3';
  text: string;
  listItem?: 'bullet' | 'number';
  level?: number;
}

export interface ImportedArticle {
  /** A post (the default) or a trust page. */
  type?: 'post' | 'page';
  /** What the `_id` is made from when the source has its own identity (a WordPress post id: "wp-123"). */
  sourceId?: string;
  title: string;
  /** The slug the source gives; else one is made from the title. */
  slug?: string;
  /** The source's own summary (an SEO description, an excerpt); else the first sentences. */
  excerpt?: string;
  /** "YYYY-MM-DD" (the day printed on the article) or an ISO date-time. */
  publishedAt?: string;
  category?: string;
  /** The category's slug in the source (a WordPress nicename). */
  categorySlug?: string;
  byline?: Byline;
  /** Plain text's blocks. */
  blocks?: ImportedBlock[];
  /** Portable Text already (HTML, Markdown, WordPress). */
  body?: PortableNode[];
  /** Each entry of the reference list, as written. */
  references: string[];
  /** The crisis note the article ended with ("Note: If you are in immediate crisis…"). */
  crisisMessage?: string;
  /** Why the article must stay a draft (not published in the source, password-protected…), each said in the report. */
  draftReasons?: string[];
  /** The featured image, in `sanity dataset import`'s upload form. */
  mainImage?: { sanityAsset: string; alt?: string };
  previousSlugs?: string[];
  previousPaths?: string[];
  /** When the source says it (WXR `<language>`, an HTML `lang`). */
  language?: 'en' | 'es';
  /** A trust page's kind. */
  pageKind?: PageKind;
}
