/**
 * A WordPress export (WXR 1.0–1.2, `http` or `https` namespaces) as imported articles: posts and
 * pages with their authors (display name, credentials and job title apart), categories (the Yoast
 * primary one when a post has several), dates from `post_date_gmt`, excerpts (Yoast's description,
 * else the excerpt, else the first sentences), slugs from `post_name` (percent-decoded), featured and
 * inline images from `--assets`, and old addresses (`_wp_old_slug`, the item's `<link>`, `?p=<id>`).
 * Published items are public; drafts, pending, scheduled and password-protected ones are drafts;
 * private and trashed ones are left out. Every choice that drops or changes something is a note.
 */
import path from 'node:path';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TZDate } from '@date-fns/tz';
import { decodeHTML } from 'entities';
import { JSDOM } from 'jsdom';
import type { PageKind } from '../content/schema/page';
import { addressKey } from '../content/redirects';
import { DEFAULT_TIME_ZONE } from '../editorial/dates';
import { reservedSlugProblem } from '../routes';
import type { ImportedArticle } from './article';
import { articleParts, languageOf } from './body';
import { parseByline, type Byline } from './byline';
import { siteSlug } from './documents';
import { Worker } from 'node:worker_threads';
import { htmlToPortableText, type FoundImage, type HtmlContext } from './html';
import type { PortableNode } from './portable';
import { snippet, type ImportNote } from './notes';

const NS = {
  wp: /^https?:\/\/wordpress\.org\/export\/1\.\d\/$/,
  excerpt: /^https?:\/\/wordpress\.org\/export\/1\.\d\/excerpt\/$/,
  content: /^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/$/,
  dc: /^https?:\/\/purl\.org\/dc\/elements\/1\.1\/$/,
};
type Ns = keyof typeof NS | 'rss';

function children(el: Element, ns: Ns, name: string): Element[] {
  return [...el.children].filter(
    (c) => c.localName === name && (ns === 'rss' ? !c.namespaceURI || c.namespaceURI === '' : NS[ns].test(c.namespaceURI ?? '')),
  );
}
const text = (el: Element, ns: Ns, name: string) => (children(el, ns, name)[0]?.textContent ?? '').trim();

/** Text WordPress stores HTML-escaped (titles, category names): entities decoded, tags taken out. */
function plain(value: string): string {
  return decodeHTML(value.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value).trim();
  } catch {
    return value.trim();
  }
}

interface Attachment {
  url: string;
  /** Relative to wp-content/uploads ("2025/08/room.jpg"). */
  file?: string;
  alt?: string;
  caption?: string;
}

export interface WordPressOptions {
  /** A copy of `wp-content/uploads`. */
  assets?: string;
  /** The file, for notes. */
  file: string;
  timeZone?: string;
  /** Worker threads for the bodies (the CLI uses the machine's cores); 1 converts them in this thread. */
  threads?: number;
}

export interface WordPressImport {
  articles: ImportedArticle[];
  notes: ImportNote[];
  /** What was read, by kind, for the report ("12 posts, 2 pages, 3 attachments…"). */
  counts: Map<string, number>;
  /** The export's site language, when it says one. */
  language?: 'en' | 'es';
}

/** "2025-09-03 14:00:00" (GMT) → ISO; WordPress writes zeros for a date never set. */
function gmtDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return undefined;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/** `post_date` is the site's local time: read in the clinic's time zone when no GMT date is given. */
function localDate(value: string, timeZone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return undefined;
  const date = new TZDate(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], timeZone);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime()).toISOString().replace('.000Z', 'Z');
}

const PAGE_KIND_BY_SLUG: Array<[RegExp, PageKind]> = [
  [/^(?:about|about-us|our-story|who-we-are)$/, 'about'],
  [/editorial/, 'editorial-policy'],
  [/(?:medical-)?review-policy|medical-review/, 'medical-review-policy'],
  [/correction/, 'corrections-policy'],
  [/^(?:contact|contact-us|get-in-touch)$/, 'contact'],
  [/privacy/, 'privacy'],
];
const pageKind = (slug: string): PageKind => PAGE_KIND_BY_SLUG.find(([re]) => re.test(slug))?.[1] ?? 'other';

/** The file an image's address names inside `--assets` (a copy of wp-content/uploads), or why there is none. */
export function uploadsFile(src: string, assets: string | undefined, relative = false): { file: string } | { problem: string } {
  // wp-content/uploads/…, or WordPress's year/month layout anywhere (WordPress.com serves uploads from
  // <site>.files.wordpress.com/2025/08/…, Jetpack through i0.wp.com/…); `relative`: a path inside
  // uploads already (an attachment's `_wp_attached_file`, "2025/08/room.jpg" or, without the
  // year/month folders, "room.jpg").
  const rel =
    (relative && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) ? src.replace(/^\/+/, '') : undefined) ??
    /\/wp-content\/uploads\/(.+?)(?:[?#].*)?$/.exec(src)?.[1] ??
    /(?:^|\/)((?:19|20)\d{2}\/\d{2}\/[^/?#]+)(?:[?#].*)?$/.exec(src)?.[1];
  if (!rel) return { problem: `it is not in wp-content/uploads (${snippet(src, 80)})` };
  if (!assets)
    return {
      problem: `its file is in wp-content/uploads; run the import again with --assets <a copy of wp-content/uploads> (${snippet(src, 80)})`,
    };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    decoded = rel;
  }
  const root = path.resolve(assets);
  // The original first, then without WordPress's size suffix ("-1024x683") or "-scaled".
  const candidates = [decoded, decoded.replace(/-\d+x\d+(?=\.[a-z0-9]+$)/i, ''), decoded.replace(/-scaled(?=\.[a-z0-9]+$)/i, '')];
  for (const candidate of candidates) {
    const file = path.resolve(root, candidate);
    if (!file.startsWith(root + path.sep)) return { problem: `its address leaves the uploads folder (${snippet(src, 80)})` };
    if (existsSync(file) && statSync(file).isFile()) return { file: realpathSync(file) };
  }
  return { problem: `its file ${decoded} is not in ${assets}` };
}

/** An attachment's file: its `_wp_attached_file` inside uploads, else its address. */
function attachmentFile(attachment: Attachment, assets: string | undefined): { file: string } | { problem: string } {
  const byFile = attachment.file ? uploadsFile(attachment.file, assets, true) : undefined;
  return byFile && 'file' in byFile ? byFile : uploadsFile(attachment.url, assets);
}

export const sanityAsset = (file: string) => `image@${pathToFileURL(file).href}`;

/** Reads a WXR document. Throws an Error with a message a person can act on when it is not one. */
export async function readWordPress(xml: string, options: WordPressOptions): Promise<WordPressImport> {
  let document: Document;
  try {
    document = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  } catch (error) {
    const where = /:(\d+):(\d+): (.*)$/.exec((error as Error).message);
    throw new Error(
      where
        ? `${options.file} is not well-formed XML at line ${where[1]}, column ${where[2]} (${where[3]}); export it again from WordPress (Tools → Export).`
        : `${options.file} is not well-formed XML (${(error as Error).message}); export it again from WordPress (Tools → Export).`,
    );
  }
  const channel = [...document.documentElement.children].find((c) => c.localName === 'channel');
  if (!channel) throw new Error(`${options.file} has no <channel>: it is not a WordPress export.`);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const notes: ImportNote[] = [];
  const counts = new Map<string, number>();
  const count = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);

  const siteLanguage = languageOf(text(channel, 'rss', 'language'));
  const origins = new Set(
    [text(channel, 'rss', 'link'), text(channel, 'wp', 'base_site_url'), text(channel, 'wp', 'base_blog_url')].flatMap((u) => {
      try {
        return [new URL(u).host.replace(/^www\./, '')];
      } catch {
        return [];
      }
    }),
  );

  // Authors by login.
  const authors = new Map<string, Byline>();
  for (const el of children(channel, 'wp', 'author')) {
    const login = text(el, 'wp', 'author_login');
    const display = plain(text(el, 'wp', 'author_display_name'));
    const full = plain(`${text(el, 'wp', 'author_first_name')} ${text(el, 'wp', 'author_last_name')}`);
    const byline = parseByline(display && display !== login ? display : full || display || login);
    if (byline) authors.set(login, byline);
    if (byline && (display === login || !display) && !full) {
      notes.push({
        level: 'warning',
        where: options.file,
        message: `The WordPress user "${login}" has no display name or real name; the author is imported as "${byline.name}": give them their name in the Studio.`,
      });
    }
    count('user');
  }
  // Categories by nicename and by term id (Yoast's primary category is a term id).
  const categoryByNicename = new Map<string, string>();
  const nicenameByTermId = new Map<string, string>();
  for (const el of children(channel, 'wp', 'category')) {
    const nicename = decodeSlug(text(el, 'wp', 'category_nicename'));
    categoryByNicename.set(nicename, plain(text(el, 'wp', 'cat_name')));
    const id = text(el, 'wp', 'term_id');
    if (id) nicenameByTermId.set(id, nicename);
  }
  for (const el of children(channel, 'wp', 'term')) {
    if (text(el, 'wp', 'term_taxonomy') !== 'category') continue;
    const id = text(el, 'wp', 'term_id');
    const slug = decodeSlug(text(el, 'wp', 'term_slug'));
    if (id && slug) nicenameByTermId.set(id, slug);
    if (slug && !categoryByNicename.has(slug)) categoryByNicename.set(slug, plain(text(el, 'wp', 'term_name')));
  }

  const items = children(channel, 'rss', 'item');
  const meta = (item: Element) => {
    const map = new Map<string, string[]>();
    for (const m of children(item, 'wp', 'postmeta')) {
      const key = text(m, 'wp', 'meta_key');
      map.set(key, [...(map.get(key) ?? []), children(m, 'wp', 'meta_value')[0]?.textContent ?? '']);
    }
    return map;
  };

  // Attachments first: posts name them by id (featured images, galleries, wp-image-<id>).
  const attachments = new Map<string, Attachment>();
  for (const item of items) {
    if (text(item, 'wp', 'post_type') !== 'attachment') continue;
    const m = meta(item);
    attachments.set(text(item, 'wp', 'post_id'), {
      url: text(item, 'wp', 'attachment_url') || text(item, 'rss', 'guid'),
      file: m.get('_wp_attached_file')?.[0],
      alt: m.get('_wp_attachment_image_alt')?.[0]?.trim() || undefined,
      caption: plain(text(item, 'excerpt', 'encoded')) || undefined,
    });
    count('attachment');
  }

  // Where each post and page now lives, for links between them.
  const targetByKey = new Map<string, string>();
  const slugOf = (item: Element) => decodeSlug(text(item, 'wp', 'post_name')) || undefined;
  for (const item of items) {
    const type = text(item, 'wp', 'post_type');
    const slug = slugOf(item);
    if ((type !== 'post' && type !== 'page') || !slug) continue;
    // Where it will be: its slug as buildDocuments writes it (made plain when WordPress's is not).
    const target = type === 'post' ? `/blog/${siteSlug(slug)}` : `/${siteSlug(slug)}`;
    const key = addressKey(text(item, 'rss', 'link'));
    if (key) targetByKey.set(key, target);
    targetByKey.set(`/?p=${text(item, 'wp', 'post_id')}`, target);
  }
  const convertData: WordPressConvertData = {
    attachments: [...attachments],
    ...(options.assets ? { assets: options.assets } : {}),
    hosts: [...origins],
    targets: [...targetByKey],
  };
  /** Each body to convert, and what is done with its blocks once converted (in the export's order). */
  const jobs: Array<{ html: string; where: string; baseUrl?: string; finish: (blocks: PortableNode[]) => void }> = [];

  const articles: ImportedArticle[] = [];
  for (const item of items) {
    const type = text(item, 'wp', 'post_type');
    const status = text(item, 'wp', 'status');
    const postId = text(item, 'wp', 'post_id');
    if (type === 'attachment') continue;
    if (type !== 'post' && type !== 'page') {
      count(type || 'item without a type');
      continue;
    }
    const rawTitle = plain(text(item, 'rss', 'title'));
    const label = `${type} ${postId}${rawTitle ? ` "${snippet(rawTitle, 60)}"` : ''}`;
    if (status === 'private' || status === 'trash' || status === 'auto-draft' || status === 'inherit') {
      count(`${type} left out (${status})`);
      notes.push({
        level: 'warning',
        where: label,
        message:
          status === 'private'
            ? 'A private WordPress post is for logged-in staff only; it was left out. Import it by publishing it in WordPress first.'
            : status === 'trash'
              ? 'It is in the WordPress trash; it was left out.'
              : `Its status "${status}" is not an article; it was left out.`,
      });
      continue;
    }
    count(type);
    const m = meta(item);
    const draftReasons: string[] = [];
    if (status === 'draft') draftReasons.push('it is a draft in WordPress');
    else if (status === 'pending') draftReasons.push('it is pending review in WordPress');
    else if (status === 'future')
      draftReasons.push('it is scheduled in WordPress: publish it in the Studio when its date comes (its date is kept)');
    else if (status !== 'publish') draftReasons.push(`its WordPress status is "${status}"`);
    if (text(item, 'wp', 'post_password')) draftReasons.push('it is password-protected in WordPress, and this site has no passwords');
    const title = rawTitle || `Untitled (WordPress ${type} ${postId})`;
    if (!rawTitle) draftReasons.push('it has no title');

    const base = text(item, 'rss', 'link') || undefined;
    // Comments are the old site's conversation with readers: this site has none. Counted, not imported.
    const comments = children(item, 'wp', 'comment').length;
    if (comments > 0)
      counts.set(
        'comment (not imported: the site has no comments)',
        (counts.get('comment (not imported: the site has no comments)') ?? 0) + comments,
      );
    jobs.push({
      html: withFootnotes(text(item, 'content', 'encoded'), m.get('footnotes')?.[0], notes, label),
      where: label,
      ...(base ? { baseUrl: base } : {}),
      finish: (blocks) => {
        // A page keeps its text whole (it has no reference list or crisis resources of its own).
        const { body, references, crisisMessage } =
          type === 'page' ? { body: blocks, references: [], crisisMessage: undefined } : articleParts(blocks);
        let slug = slugOf(item);
        if (slug && /^\d+$/.test(slug) && slug === postId && !rawTitle) slug = undefined;
        const excerpt = plain(m.get('_yoast_wpseo_metadesc')?.[0] ?? '') || plain(text(item, 'excerpt', 'encoded')) || undefined;
        // A bilingual WordPress (Polylang) files each post under its `language` term ("es", "es-mx"); else the site's language.
        const postLanguage = [...item.children].find((c) => c.localName === 'category' && c.getAttribute('domain') === 'language');
        const language =
          (postLanguage ? languageOf(postLanguage.getAttribute('nicename') ?? postLanguage.textContent ?? '') : undefined) ?? siteLanguage;

        if (type === 'page') {
          const pageSlug = slug ?? undefined;
          const reserved = pageSlug ? reservedSlugProblem(pageSlug) : undefined;
          if (reserved) draftReasons.push(`its slug "${pageSlug}" cannot be a page here (${reserved}): give it another`);
          // What a page here has no field for is named, not dropped silently.
          const oldPath = addressKey(text(item, 'rss', 'link'));
          const unkept = [
            m.get('_thumbnail_id')?.[0] && 'its featured image',
            (m.get('_wp_old_slug') ?? []).length > 0 && 'its old slugs',
            oldPath && !oldPath.startsWith('/?') && pageSlug && oldPath !== `/${pageSlug.toLowerCase()}` && `its old address ${oldPath}`,
          ].filter((x): x is string => Boolean(x));
          if (unkept.length > 0) {
            notes.push({
              level: 'warning',
              where: label,
              message: `A page here has no place for ${unkept.join(' or ')}; ${unkept.length > 1 ? 'they were' : 'it was'} not imported.`,
            });
          }
          articles.push({
            type: 'page',
            ...(postId ? { sourceId: `wp-${postId}` } : {}),
            title,
            ...(pageSlug ? { slug: pageSlug } : {}),
            ...(excerpt ? { excerpt } : {}),
            body,
            references,
            draftReasons,
            pageKind: pageKind(pageSlug ?? ''),
            ...(language ? { language } : {}),
          });
          return;
        }

        // Categories: the Yoast primary one when there are several; tags are named in the report.
        const categories = [...item.children]
          .filter((c) => c.localName === 'category' && c.getAttribute('domain') === 'category')
          .map((c) => ({ nicename: decodeSlug(c.getAttribute('nicename') ?? ''), name: plain(c.textContent ?? '') }))
          .filter((c) => c.nicename || c.name);
        const primaryNicename = nicenameByTermId.get(m.get('_yoast_wpseo_primary_category')?.[0] ?? '');
        const category = categories.find((c) => c.nicename === primaryNicename) ?? categories[0];
        if (categories.length > 1) {
          notes.push({
            level: 'warning',
            where: label,
            message: `It is in ${categories.length} categories; a post here has one, so it is in "${category.name}"${primaryNicename === category.nicename ? ' (its primary category)' : ''}. The others: ${categories
              .filter((c) => c !== category)
              .map((c) => `"${c.name}"`)
              .join(', ')}.`,
          });
        }
        const tags = [...item.children]
          .filter((c) => c.localName === 'category' && c.getAttribute('domain') === 'post_tag')
          .map((c) => plain(c.textContent ?? ''));
        if (tags.length > 0) {
          count('tag on a post');
          notes.push({
            level: 'warning',
            where: label,
            message: `Its tags are not imported (the site groups posts by category only): ${tags.join(', ')}.`,
          });
        }

        // The user's login; a stray character around it (hand-edited exports) does not make another person.
        const login = text(item, 'dc', 'creator');
        const cleanLogin = login.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        const byline = authors.get(login) ?? authors.get(cleanLogin) ?? (cleanLogin ? (parseByline(cleanLogin) ?? undefined) : undefined);
        if (login && !authors.has(login) && !authors.has(cleanLogin)) {
          notes.push({
            level: 'warning',
            where: label,
            message: `Its author "${login}" is not among the export's users; the author is imported under that name: give them their name in the Studio.`,
          });
        }
        const publishedAt = gmtDate(text(item, 'wp', 'post_date_gmt')) ?? localDate(text(item, 'wp', 'post_date'), timeZone);

        const thumbnail = m.get('_thumbnail_id')?.[0];
        let mainImage: ImportedArticle['mainImage'];
        if (thumbnail) {
          const attachment = attachments.get(thumbnail);
          const found = attachment
            ? attachmentFile(attachment, options.assets)
            : { problem: `attachment ${thumbnail} is not in the export` };
          if ('file' in found) {
            mainImage = { sanityAsset: sanityAsset(found.file), ...(attachment?.alt ? { alt: attachment.alt } : {}) };
            if (!attachment?.alt) {
              notes.push({
                level: 'warning',
                where: label,
                message: 'Its featured image has no alt text: describe it in the Studio; the site leaves it out until then.',
              });
            }
          } else {
            notes.push({ level: 'warning', where: label, message: `Its featured image was left out: ${found.problem}.` });
          }
        }

        const previousSlugs = (m.get('_wp_old_slug') ?? []).map(decodeSlug).filter(Boolean);
        const link = text(item, 'rss', 'link');
        const previousPaths = status === 'publish' ? [link, `/?p=${postId}`].filter((p) => p && addressKey(p)) : [];

        articles.push({
          type: 'post',
          ...(postId ? { sourceId: `wp-${postId}` } : {}),
          title,
          ...(slug ? { slug } : {}),
          ...(excerpt ? { excerpt } : {}),
          ...(publishedAt ? { publishedAt } : {}),
          ...(category
            ? {
                category: category.name || categoryByNicename.get(category.nicename) || category.nicename,
                categorySlug: category.nicename || undefined,
              }
            : {}),
          ...(byline ? { byline } : {}),
          body,
          references,
          ...(crisisMessage ? { crisisMessage } : {}),
          draftReasons,
          ...(mainImage ? { mainImage } : {}),
          previousSlugs,
          previousPaths,
          ...(language ? { language } : {}),
        });
      },
    });
  }
  const converted = await convertBodies(jobs, convertData, options.threads ?? 1);
  jobs.forEach((job, i) => {
    notes.push(...converted[i].notes);
    job.finish(converted[i].blocks);
  });
  return { articles, notes, counts, ...(siteLanguage ? { language: siteLanguage } : {}) };
}

/**
 * WordPress 6.3+ keeps a post's footnotes in its `footnotes` meta (JSON: [{id, content}]) and shows
 * them where the `<!-- wp:footnotes /-->` block stands. They are added to the end of the text as a
 * "Notes" list, so the markers' words keep their sources.
 */
function withFootnotes(html: string, meta: string | undefined, notes: ImportNote[], where: string): string {
  if (!meta || meta.trim() === '' || meta.trim() === '[]') return html;
  let parsed: unknown;
  try {
    parsed = JSON.parse(meta);
  } catch {
    notes.push({
      level: 'warning',
      where,
      message: 'Its footnotes could not be read (the footnotes field is not valid JSON); add them in the Studio.',
    });
    return html;
  }
  const items = (Array.isArray(parsed) ? parsed : [])
    .map((f) =>
      f && typeof f === 'object' && typeof (f as { content?: unknown }).content === 'string' ? (f as { content: string }).content : '',
    )
    .filter((content) => content.trim() !== '');
  if (items.length === 0) return html;
  const list = `<h2>Notes</h2><ol>${items.map((content) => `<li>${content}</li>`).join('')}</ol>`;
  // The markers: "[1]" in the text, as the list numbers them (a superscript would read as part of the word).
  html = html.replace(/<sup\b[^>]*\bdata-fn=[^>]*>\s*<a\b[^>]*>\s*(\d+)\s*<\/a>\s*<\/sup>/g, '[$1]');
  return /<!--\s*wp:footnotes\b[^>]*-->/.test(html) ? html.replace(/<!--\s*wp:footnotes\b[^>]*-->/, list) : `${html}\n${list}`;
}

/** What a body's conversion needs to know of the export, as plain data (it crosses into worker threads). */
export interface WordPressConvertData {
  attachments: Array<[string, Attachment]>;
  assets?: string;
  /** The old site's hosts, without "www.". */
  hosts: string[];
  /** Old address key → the post's or page's path here. */
  targets: Array<[string, string]>;
}

/** The conversion context of one WordPress body: its images from --assets, its links to the old site mapped here. */
export function wordPressContext(data: WordPressConvertData, where: string, notes: ImportNote[], baseUrl?: string): HtmlContext {
  const attachments = new Map(data.attachments);
  const targets = new Map(data.targets);
  const hosts = new Set(data.hosts);
  return {
    where,
    notes,
    ...(baseUrl ? { baseUrl } : {}),
    attachmentSrc: (id) => attachments.get(id)?.url,
    rewriteHref(href) {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return undefined;
      }
      if (!hosts.has(url.host.replace(/^www\./, ''))) return undefined;
      const key = addressKey(href);
      if (key && targets.has(key)) return targets.get(key);
      // Files stay where they are until the old site goes; any other page of it becomes a path here.
      if (url.pathname.startsWith('/wp-content/')) return undefined;
      const local = `${url.pathname.replace(/\/+$/, '') || '/'}${url.hash}`;
      if (local !== '/' && !local.startsWith('/#')) {
        notes.push({
          level: 'warning',
          where,
          message: `A link to the old site's ${url.pathname} is not a post or page of this import; it now points to ${local} on this site: check that it exists.`,
        });
      }
      return local;
    },
    findImage(src, attachmentId) {
      const attachment = attachmentId ? attachments.get(attachmentId) : undefined;
      if (/^data:/i.test(src)) return { problem: 'it is embedded in the text as data; upload it in the Studio' };
      const first = uploadsFile(src, data.assets);
      const found = 'file' in first || !attachment ? first : attachmentFile(attachment, data.assets);
      if ('problem' in found) return found;
      return { sanityAsset: sanityAsset(found.file), alt: attachment?.alt, caption: attachment?.caption } satisfies FoundImage;
    },
  };
}

export interface ConvertedBodyResult {
  blocks: PortableNode[];
  notes: ImportNote[];
}

/** One body, never throwing: markup block-tools cannot read keeps its text, as paragraphs, and is named. */
export function convertBody(job: { html: string; where: string; baseUrl?: string }, data: WordPressConvertData): ConvertedBodyResult {
  const notes: ImportNote[] = [];
  try {
    return {
      blocks: htmlToPortableText(job.html, wordPressContext(data, job.where, notes, job.baseUrl), { keyPrefix: 'b', wordpress: true })
        .blocks,
      notes,
    };
  } catch (error) {
    notes.push({
      level: 'warning',
      where: job.where,
      message: `Its markup could not be read (${(error as Error).message}); its text is kept as plain paragraphs: check it in the Studio.`,
    });
    const paragraphs = decodeHTML(job.html.replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)>/gi, '').replace(/<[^>]*>/g, '\n'))
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return {
      blocks: paragraphs.map((p, i) => ({
        _type: 'block',
        _key: `b${i + 1}`,
        style: 'normal',
        markDefs: [],
        children: [{ _type: 'span', _key: `b${i + 1}s1`, text: p, marks: [] }],
      })),
      notes,
    };
  }
}

/**
 * Every body of an export, in order. With `threads` > 1 and enough bodies, worker threads share the
 * work (jsdom and block-tools are most of an import's time, and one thread uses one core).
 */
async function convertBodies(
  jobs: ReadonlyArray<{ html: string; where: string; baseUrl?: string }>,
  data: WordPressConvertData,
  threads: number,
): Promise<ConvertedBodyResult[]> {
  if (threads <= 1 || jobs.length < 2 * PARALLEL_MIN_PER_THREAD) return jobs.map((job) => convertBody(job, data));
  const count = Math.min(threads, Math.floor(jobs.length / PARALLEL_MIN_PER_THREAD));
  const results: ConvertedBodyResult[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: count }, () => {
      // The worker is TypeScript, as this module: tsx's loader registered in it first (a worker does not inherit `--import tsx`).
      const file = path.join(__dirname, 'convert-worker.ts');
      const worker = new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`, { eval: true, workerData: data });
      return new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= jobs.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const id = next;
          next += 1;
          const { html, where, baseUrl } = jobs[id];
          worker.postMessage({ id, html, where, baseUrl });
        };
        worker.on('message', (message: { id: number; result: ConvertedBodyResult }) => {
          results[message.id] = message.result;
          send();
        });
        worker.on('error', reject);
        worker.once('online', send);
      });
    }),
  );
  return results;
}

/** Fewer bodies than this per thread are converted in the main thread: starting a worker costs about a second. */
const PARALLEL_MIN_PER_THREAD = 25;
