/**
 * A Markdown article (front matter as Jekyll, Hugo, Astro or Ghost write it, then CommonMark) as an
 * imported article: rendered by markdown-it, then read like any HTML body (lib/import/html.ts), so raw
 * HTML in it passes the same checks.
 */
import { load } from 'js-yaml';
import MarkdownIt from 'markdown-it';
import type { ImportedArticle } from './article';
import { singleArticle } from './body';
import { parseByline } from './byline';
import { htmlToPortableText } from './html';
import { localImageFinder } from './local-images';
import { snippet, type ImportNote } from './notes';
import { parseDay } from './plain-text';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

const first = (value: unknown): string | undefined => {
  if (Array.isArray(value)) return first(value[0]);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
};

export function readMarkdown(source: string, options: { file: string; assets?: string; notes: ImportNote[] }): ImportedArticle | null {
  const text = source.replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(text);
  let data: Record<string, unknown> = {};
  if (fm) {
    try {
      const parsed = load(fm[1]);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    } catch (error) {
      options.notes.push({
        level: 'warning',
        where: options.file,
        message: `Its front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); the title and the rest are read from the text.`,
        snippet: snippet(fm[1]),
      });
    }
  }
  let bodyText = fm ? text.slice(fm[0].length) : text;
  let title = first(data.title);
  const h1 = /^#\s+(.+?)\s*#*\s*$/m.exec(bodyText);
  if (h1 && (!title || h1[1].trim() === title)) {
    title ??= h1[1].trim();
    bodyText = bodyText.replace(h1[0], '');
  }
  if (!title) return null;
  const converted = htmlToPortableText(
    markdown.render(bodyText),
    { where: title, notes: options.notes, findImage: localImageFinder(options.file, options.assets) },
    { keyPrefix: 'b' },
  );
  const date = first(data.date) ?? first(data.published) ?? first(data.publishDate) ?? first(data.pubDate);
  const publishedAt =
    date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : date && !Number.isNaN(Date.parse(date)) ? date : date ? parseDay(date) : undefined;
  const byline = parseByline(first(data.author) ?? first(data.authors) ?? '') ?? undefined;
  const category = first(data.category) ?? first(data.categories);
  const excerpt = first(data.description) ?? first(data.excerpt) ?? first(data.summary);
  const slug = first(data.slug);
  const lang = (first(data.lang) ?? first(data.language) ?? '').toLowerCase();
  const draft = data.draft === true || data.published === false;
  return singleArticle({ title, slug, excerpt, publishedAt, category, byline, lang }, converted.blocks, {
    ...(draft ? { draftReasons: ['its front matter marks it as a draft'] } : {}),
  });
}
