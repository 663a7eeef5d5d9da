/**
 * An article's HTML (a WordPress post's content, an HTML page's article, rendered Markdown) as
 * Portable Text for the project's `blockContent`, through Sanity's own @portabletext/block-tools
 * (`htmlToBlocks`) with a jsdom DOM. The DOM is read first, because block-tools alone keeps
 * `javascript:` links, leaves shortcodes as text, flattens tables, turns h1 and h5 into paragraphs and
 * drops scripts and iframes silently: here each of those is mapped or named in a note.
 *
 * - WordPress shortcodes: `[caption]` becomes a figure, `[gallery]` its images, every other one
 *   (forms, embeds, page builders) is taken out, its enclosed text kept; `[sic]` or `[TODO: x]` are text.
 * - Classic-editor content gets paragraphs from blank lines, as WordPress's `wpautop` reads it.
 * - Scripts, styles, iframes, embeds, forms and media players never become text or markup.
 * - A table becomes a list a reader can use ("Header: cell; Header: cell" per row), and is named.
 * - h1 becomes h2 (the title is the page's h1); h5 and h6 become h4.
 * - Links pass `isAllowedHref`: the old site's own addresses become site paths, a relative one is
 *   read against the page's address, and anything else is unlinked, its text kept.
 * - Images are kept in place, with their alt text and caption, when their file is found.
 */
import { htmlToBlocks, type DeserializerRule } from '@portabletext/block-tools';
import { compileSchema, defineSchema, type Schema } from '@portabletext/schema';
import { JSDOM } from 'jsdom';
import { ANNOTATIONS, BLOCK_STYLES, BODY_IMAGE_TYPE, DECORATORS, LIST_TYPES } from '../content/schema/block-content';
import { isAllowedHref } from '../editorial/href';
import { snippet, type ImportNote } from './notes';
import { textOf, type PortableNode } from './portable';

export type { PortableNode } from './portable';

export interface FoundImage {
  /** `image@file:///abs/path`, the form `sanity dataset import` uploads. */
  sanityAsset: string;
  /** Alt text the source gives for the file when the `<img>` has none (a WordPress attachment's). */
  alt?: string;
  caption?: string;
}

export interface HtmlContext {
  /** The post or page, for notes. */
  where: string;
  notes: ImportNote[];
  /** Finds the file of an image (`src`, and a WordPress attachment id when the markup names one). */
  findImage(src: string, attachmentId?: string): FoundImage | { problem: string };
  /** A link's target on the new site, when it points at the old site's own pages. */
  rewriteHref?(href: string): string | undefined;
  /** The page's own address, against which relative links and images are read. */
  baseUrl?: string;
  /** WordPress attachment ids → image source, for `[gallery ids="…"]`. */
  attachmentSrc?(id: string): string | undefined;
}

let blockContent: Schema | undefined;
/**
 * The body's schema (lib/content/schema/block-content.ts, which the Studio's `blockContent` is built
 * from too), compiled once: block-tools maps HTML onto exactly its styles, lists, marks and image.
 */
function blockContentSchema(): Schema {
  blockContent ??= compileSchema(
    defineSchema({
      styles: BLOCK_STYLES.map(({ value, title }) => ({ name: value, title })),
      lists: LIST_TYPES.map(({ value, title }) => ({ name: value, title })),
      decorators: DECORATORS.map(({ value, title }) => ({ name: value, title })),
      annotations: [
        { name: ANNOTATIONS.link, fields: [{ name: 'href', type: 'string' }] },
        { name: ANNOTATIONS.citationRef, fields: [{ name: 'citation', type: 'object' }] },
      ],
      blockObjects: [
        {
          name: BODY_IMAGE_TYPE,
          fields: [
            { name: 'alt', type: 'string' },
            { name: 'caption', type: 'string' },
          ],
        },
      ],
    }),
  );
  return blockContent;
}

let window: JSDOM['window'] | undefined;
/** One jsdom window for every body: a new JSDOM per post costs twice the time of a DOMParser call. */
function parseHtmlDocument(html: string): Document {
  window ??= new JSDOM('').window;
  return new window.DOMParser().parseFromString(html, 'text/html');
}

// ---------------------------------------------------------------------------------------------
// Shortcodes, before the DOM: they are text to an HTML parser.

/**
 * A shortcode is `[name attr="x"]`, `[name]…[/name]`, or one of WordPress's own without attributes
 * (`[gallery]`): anything else in brackets ("[sic]", "[Note]", "[1]", "[TODO: x]") is text.
 */
const CORE_SHORTCODES = /^(?:caption|wp_caption|gallery|playlist|audio|video|embed)$/;
/** Shortcodes whose enclosed text is an address or code, never words for the reader: taken out whole. */
const OPAQUE_SHORTCODES =
  /^(?:embed|video|audio|playlist|vc_raw_html|vc_raw_js|raw_html|raw_js|iframe|code|sourcecode|googlemaps?|youtube|vimeo|soundcloud|rev_slider|instagram-feed|custom-facebook-feed)$/;
const SHORTCODE = /\[(\/)?([A-Za-z][\w-]*)((?:\s+[^\][]*?)?)(\/)?\]/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g;

function attributesOf(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Shortcodes mapped to markup (caption, gallery) or taken out and named; text that only looks like one stays. */
export function replaceShortcodes(html: string, ctx: HtmlContext): string {
  const closing = new Set([...html.matchAll(/\[\/([A-Za-z][\w-]*)\]/g)].map((m) => m[1].toLowerCase()));
  const isShortcode = (name: string, attrs: string) =>
    CORE_SHORTCODES.test(name) || closing.has(name.toLowerCase()) || /=/.test(attrs) || /^\s+["']?https?:/.test(attrs);

  // [embed]https://…[/embed], [vc_raw_html]…[/vc_raw_html]: an address or code, taken out whole.
  let out = html.replace(
    /\[([A-Za-z][\w-]*)\b([^\][]*)\]([\s\S]*?)\[\/\1\]/g,
    (whole: string, name: string, _attrs: string, inner: string) => {
      if (!OPAQUE_SHORTCODES.test(name)) return whole;
      const url = /https?:\/\/[^\s"'<\]]+/.exec(inner)?.[0];
      ctx.notes.push({
        level: 'warning',
        where: ctx.where,
        message: `The [${name}] shortcode and what it enclosed were taken out (an embed or code the site does not run)${url ? `; add a link if readers need it: ${url}` : ''}.`,
        snippet: snippet(whole),
      });
      return '';
    },
  );
  // [caption …]<img …> Caption text[/caption]: a figure with its caption.
  out = out.replace(/\[(caption|wp_caption)\b([^\][]*)\]([\s\S]*?)\[\/\1\]/g, (_m, _name, attrs: string, inner: string) => {
    const caption = attributesOf(attrs).caption;
    const withoutImage = inner.replace(/<a\b[^>]*>\s*(<img\b[^>]*>)\s*<\/a>/i, '$1');
    const img = /<img\b[^>]*>/i.exec(withoutImage)?.[0] ?? '';
    const text = (caption ?? withoutImage.replace(/<img\b[^>]*>/i, '')).trim();
    return `<figure>${img}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
  });
  // [gallery ids="1,2"]: each image, where the export has it.
  out = out.replace(/\[gallery\b([^\][]*)\]/g, (whole: string, attrs: string) => {
    const ids = (attributesOf(attrs).ids ?? attributesOf(attrs).include ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const images = ids.map((id) => [id, ctx.attachmentSrc?.(id)] as const);
    const found = images.filter((i): i is readonly [string, string] => Boolean(i[1]));
    ctx.notes.push({
      level: 'warning',
      where: ctx.where,
      message:
        found.length > 0
          ? `A gallery shortcode became ${found.length} image(s) in place${found.length < images.length ? `; ${images.length - found.length} of its images are not in the export` : ''}.`
          : 'A gallery shortcode names no image the export has; it was taken out.',
      snippet: snippet(whole),
    });
    return found.map(([id, src]) => `<figure><img src="${escapeAttr(src)}" class="wp-image-${escapeAttr(id)}" alt=""></figure>`).join('');
  });
  // Every other shortcode: the tags go, the text they enclose stays.
  out = out.replace(SHORTCODE, (whole: string, slash: string | undefined, name: string, attrs: string) => {
    if (!isShortcode(name, attrs)) return whole;
    if (!slash) {
      ctx.notes.push({
        level: 'warning',
        where: ctx.where,
        message: `The [${name}] shortcode has no equivalent on this site and was taken out (any text it enclosed is kept).`,
        snippet: snippet(whole),
      });
    }
    return '';
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// wpautop: classic-editor content has no <p>; blank lines separate paragraphs.

const BLOCK_START =
  /^<(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|table|thead|tbody|tr|td|th|figure|figcaption|pre|hr|iframe|script|style|form|address|section|article|aside|header|footer|nav|noscript|object|embed|video|audio|details|summary|fieldset|!--)\b/i;

/**
 * Paragraphs as WordPress's `wpautop` makes them from classic-editor text: a blank line ends one, a
 * single newline is a line break. Newlines inside a tag are not text, and `<pre>` keeps its own.
 */
export function autop(text: string): string {
  if (/<!--\s*wp:/.test(text)) return text; // Gutenberg markup is already whole.
  const kept: string[] = [];
  const hold = (block: string) => `\u0000${kept.push(block) - 1}\u0000`;
  const held = text
    .replace(/\r\n?/g, '\n')
    .replace(/<(pre|script|style|textarea)\b[\s\S]*?<\/\1>/gi, hold)
    .replace(/<[^>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, ' '));
  return held
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) || /^\u0000\d+\u0000$/.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')
    .replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)]);
}

// ---------------------------------------------------------------------------------------------
// The DOM, read before block-tools.

const REMOVED: Record<string, string> = {
  script: 'A script',
  noscript: 'A <noscript> fallback',
  style: 'A style sheet',
  template: 'A template',
  iframe: 'An embedded frame (iframe)',
  embed: 'An embedded object',
  object: 'An embedded object',
  video: 'A video player',
  audio: 'An audio player',
  canvas: 'A drawing canvas',
  form: 'A form',
  input: 'A form field',
  button: 'A button',
  select: 'A form field',
  textarea: 'A form field',
  svg: 'An inline drawing (svg)',
  map: 'An image map',
};

/** Providers WordPress turns a bare URL on its own line into an embed for. */
const OEMBED =
  /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com|instagram\.com|facebook\.com|tiktok\.com|spotify\.com|open\.spotify\.com|soundcloud\.com|flickr\.com|dailymotion\.com|ted\.com|reddit\.com|tumblr\.com|scribd\.com|slideshare\.net|speakerdeck\.com|issuu\.com|mixcloud\.com|wordpress\.tv|pinterest\.com|loom\.com)\/\S*$/i;

const outer = (el: Element) => snippet(el.outerHTML.replace(/\s+/g, ' '));

function rename(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const next = doc.createElement(tag);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
  return next;
}

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A table as a list: one item per row, each cell after its column's header. */
function tableAsList(table: Element, ctx: HtmlContext): Element[] {
  const doc = table.ownerDocument;
  const rows = [...table.querySelectorAll('tr')];
  const headerRow =
    rows.find((r) => r.querySelector('th') && !r.querySelector('td')) ?? (table.querySelector('thead tr') as Element | null);
  const headers = headerRow ? [...headerRow.children].map(cellText) : [];
  const out: Element[] = [];
  const caption = table.querySelector('caption');
  const figcaption = table.closest('figure')?.querySelector('figcaption');
  const title = cellText(caption ?? figcaption ?? doc.createElement('span'));
  if (title) {
    const p = doc.createElement('p');
    const strong = doc.createElement('strong');
    strong.textContent = title;
    p.appendChild(strong);
    out.push(p);
  }
  const list = doc.createElement('ul');
  for (const row of rows) {
    if (row === headerRow) continue;
    const cells = [...row.children].map(cellText);
    if (cells.every((c) => c === '')) continue;
    // Each cell after its column's name; its links, emphasis and images come with it.
    const li = doc.createElement('li');
    [...row.children].forEach((cell, i) => {
      if (cells[i] === '' && !cell.querySelector('img')) return;
      if (li.childNodes.length > 0) li.append('; ');
      if (headers[i] && cells[i]) li.append(`${headers[i]}: `);
      for (const node of [...cell.childNodes]) li.appendChild(node);
    });
    list.appendChild(li);
  }
  if (list.children.length > 0) out.push(list);
  ctx.notes.push({
    level: 'warning',
    where: ctx.where,
    message: `A table (${list.children.length} row(s)) became a list, one item per row with its column names: check that it reads well.`,
    snippet: outer(table),
  });
  return out;
}

interface ImageSlot {
  sanityAsset?: string;
  alt?: string;
  caption?: string;
}

/** Everything the DOM holds that block-tools would lose or keep unsafely, mapped or named; images become slots. */
function prepare(body: HTMLElement, ctx: HtmlContext, images: ImageSlot[], html: string): void {
  // Each pass runs only when the markup can hold what it looks for: jsdom's selectors are most of an import's time.
  const has = (pattern: RegExp) => pattern.test(html);
  // Embeds WordPress wraps in a figure (Gutenberg's wp-block-embed): the URL must not become text.
  for (const figure of [
    ...body.querySelectorAll('figure.wp-block-embed, .wp-block-embed, .wp-block-video, .wp-block-audio, .wp-block-file'),
  ]) {
    const url =
      cellText(figure.querySelector('.wp-block-embed__wrapper') ?? figure) || figure.querySelector('[src]')?.getAttribute('src') || '';
    ctx.notes.push({
      level: 'warning',
      where: ctx.where,
      message: `An embed was taken out; add a link to it if readers need it${url ? `: ${url}` : ''}.`,
      snippet: outer(figure),
    });
    figure.remove();
  }
  // Lazy-loading plugins put the real image in <noscript> beside a placeholder: the placeholder's own
  // address (data-src) is read below, so that copy goes; a <noscript> image alone is the image.
  for (const noscript of html.toLowerCase().includes('<noscript') ? [...body.getElementsByTagName('noscript')] : []) {
    if (!noscript.querySelector('img') || cellText(noscript) !== '') continue;
    const placeholder = noscript.previousElementSibling?.tagName === 'IMG' ? noscript.previousElementSibling : null;
    if (placeholder) noscript.remove();
    else noscript.replaceWith(...[...noscript.childNodes]);
  }
  for (const [tag, what] of Object.entries(REMOVED)) {
    if (!html.toLowerCase().includes(`<${tag}`)) continue;
    for (const el of [...body.getElementsByTagName(tag)]) {
      if (!el.isConnected) continue;
      const src = el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('action') ?? '';
      ctx.notes.push({
        level: 'warning',
        where: ctx.where,
        message: `${what} was taken out: the site runs no third-party code${src ? ` (${src.slice(0, 100)})` : ''}.`,
        snippet: outer(el),
      });
      el.remove();
    }
  }
  // A picture set as a CSS background (older cover blocks, page builders) is no image of the text: named.
  for (const el of has(/background(?:-image)?\s*:[^;"']*url\(/i) ? [...body.querySelectorAll('[style]')] : []) {
    const url = /url\(\s*['"]?([^'")]+)/i.exec(el.getAttribute('style') ?? '')?.[1];
    if (url)
      ctx.notes.push({
        level: 'warning',
        where: ctx.where,
        message: `A background picture was not imported (${snippet(url, 100)}); add it as an image in the Studio if readers need it.`,
      });
  }
  // Event handlers and inline styles are markup the site never writes.
  let handlers = 0;
  for (const el of has(/\son[a-z]+\s*=/i) ? [...body.querySelectorAll('*')] : []) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name)) {
        el.removeAttribute(attr.name);
        handlers += 1;
      }
    }
  }
  if (handlers > 0) {
    ctx.notes.push({
      level: 'warning',
      where: ctx.where,
      message: `${handlers} script attribute(s) (onclick and the like) were taken out.`,
    });
  }
  // A bare embeddable URL on its own line: WordPress shows a player there, never the URL.
  for (const p of has(/<p\b[^>]*>\s*(?:<a\b[^>]*>\s*)?https?:\/\//i) ? [...body.getElementsByTagName('p')] : []) {
    const text = cellText(p);
    if (OEMBED.test(text) && p.children.length <= 1) {
      ctx.notes.push({
        level: 'warning',
        where: ctx.where,
        message: `An embed was taken out; add a link to it if readers need it: ${text}.`,
        snippet: snippet(text),
      });
      p.remove();
    }
  }
  for (const table of has(/<table\b/i) ? [...body.getElementsByTagName('table')] : []) {
    if (!table.isConnected || table.parentElement?.closest('table')) continue;
    const replacement = tableAsList(table, ctx);
    const figure = table.closest('figure');
    (figure && figure.querySelectorAll('table').length === 1 ? figure : table).replaceWith(...replacement);
  }
  // Headings the body can hold: the title is the page's only h1; h5 and h6 read as h4.
  for (const tag of has(/<h[156]\b/i) ? ['h1', 'h5', 'h6'] : [])
    for (const el of [...body.getElementsByTagName(tag)]) rename(el, tag === 'h1' ? 'h2' : 'h4');
  for (const el of [...body.getElementsByTagName('a')]) if (el.hasAttribute('href')) fixLink(el, ctx);
  for (const img of [...body.getElementsByTagName('img')]) placeImage(img, body, ctx, images);
}

function fixLink(a: Element, ctx: HtmlContext): void {
  const raw = (a.getAttribute('href') ?? '').trim();
  const rewritten = ctx.rewriteHref?.(raw);
  let href = rewritten ?? raw;
  if (!rewritten && !isAllowedHref(href) && ctx.baseUrl && !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    // A relative address ("contact", "../x"): read against the page's own address.
    try {
      const absolute = new URL(href, ctx.baseUrl).href;
      href = ctx.rewriteHref?.(absolute) ?? absolute;
    } catch {
      // left as it is, refused below
    }
  }
  if (isAllowedHref(href)) {
    a.setAttribute('href', href);
    return;
  }
  ctx.notes.push({
    level: 'warning',
    where: ctx.where,
    message: `A link that is not safe to follow was taken out; its text "${snippet(cellText(a), 60)}" is kept.`,
    snippet: snippet(raw),
  });
  a.replaceWith(...[...a.childNodes]);
}

function placeImage(img: Element, body: HTMLElement, ctx: HtmlContext, images: ImageSlot[]): void {
  const doc = img.ownerDocument;
  // A lazy-loaded image's src is a placeholder; its address is in data-src (or data-lazy-src, srcset).
  const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('data-orig-file') ?? undefined;
  const srcset = (img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '').split(',')[0]?.trim().split(/\s+/)[0];
  const given = img.getAttribute('src') ?? '';
  const src = !given || /^data:/i.test(given) ? (lazy ?? (srcset || given)) : given;
  const id = /\bwp-image-(\d+)\b/.exec(img.getAttribute('class') ?? '')?.[1];
  const figure = img.closest('figure') ?? img.closest('.wp-caption');
  const captionEl = figure?.querySelector('figcaption, .wp-caption-text');
  const caption = captionEl ? cellText(captionEl) : undefined;
  const found = src || id ? ctx.findImage(src, id) : { problem: 'it has no address' };
  const slot = doc.createElement('figure');
  slot.setAttribute('data-import-image', String(images.length));
  if ('problem' in found) {
    ctx.notes.push({ level: 'warning', where: ctx.where, message: `An image was left out: ${found.problem}.`, snippet: outer(img) });
    images.push({});
  } else {
    const alt = (img.getAttribute('alt') ?? '').trim() || found.alt?.trim() || undefined;
    if (!alt) {
      ctx.notes.push({
        level: 'warning',
        where: ctx.where,
        message: 'An image has no alt text: describe it in the Studio; the site leaves it out until then.',
        snippet: outer(img),
      });
    }
    const text = caption || found.caption?.trim() || undefined;
    images.push({ sanityAsset: found.sanityAsset, ...(alt ? { alt } : {}), ...(text ? { caption: text } : {}) });
  }
  // The image stands alone, where it was: in place of its figure, or after the paragraph (or heading,
  // or list item) that held it inline. Its caption goes with it.
  captionEl?.remove();
  const own = figure && figure.querySelectorAll('img').length === 1 ? figure : img;
  const inline = own.parentElement?.closest('p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, caption');
  if (inline && body.contains(inline)) {
    own.remove();
    inline.after(slot);
  } else {
    own.replaceWith(slot);
  }
}

// ---------------------------------------------------------------------------------------------

export interface ConvertedBody {
  blocks: PortableNode[];
}

/** The body of `html` (a fragment, or a document's `root`) as blockContent Portable Text. */
export function htmlToPortableText(
  html: string,
  ctx: HtmlContext,
  options: {
    keyPrefix?: string;
    root?: string;
    /** WordPress content: shortcodes and the classic editor's paragraphs. */ wordpress?: boolean;
  } = {},
): ConvertedBody {
  const prepared = options.wordpress ? replaceShortcodes(autop(html), ctx) : html;
  const document = parseHtmlDocument(prepared);
  let body = document.body;
  if (options.root) {
    const chosen = document.querySelector(options.root);
    if (chosen) {
      body = document.createElement('body');
      while (chosen.firstChild) body.appendChild(chosen.firstChild);
      document.body.replaceWith(body);
    }
  }
  const images: ImageSlot[] = [];
  prepare(body, ctx, images, prepared);
  let key = 0;
  const prefix = options.keyPrefix ?? 'k';
  const keyGenerator = () => `${prefix}${(key += 1)}`;
  const imageRule: DeserializerRule = {
    deserialize(el, _next, block) {
      const element = el as Element;
      if (element.nodeType !== 1 || element.tagName.toLowerCase() !== 'figure' || !element.hasAttribute('data-import-image'))
        return undefined;
      const slot = images[Number(element.getAttribute('data-import-image'))];
      if (!slot?.sanityAsset) return [];
      return block({
        _type: BODY_IMAGE_TYPE,
        _sanityAsset: slot.sanityAsset,
        ...(slot.alt ? { alt: slot.alt } : {}),
        ...(slot.caption ? { caption: slot.caption } : {}),
      }) as never;
    },
  };
  const converted = htmlToBlocks(body.outerHTML, blockContentSchema(), {
    parseHtml: () => document,
    keyGenerator,
    rules: [imageRule],
  }) as unknown as PortableNode[];
  // Keys in reading order, whatever order block-tools asked for them in.
  let blockNumber = 0;
  const blocks = converted
    .filter((node) => node._type !== 'block' || textOf(node).trim() !== '')
    .map((node) => {
      blockNumber += 1;
      const k = `${prefix}${blockNumber}`;
      if (node._type !== 'block') return { ...node, _key: k };
      const markDefs = (node.markDefs as PortableNode[] | undefined) ?? [];
      const rename = new Map(markDefs.map((d, i) => [d._key, `${k}m${i + 1}`]));
      return {
        ...node,
        _key: k,
        markDefs: markDefs.map((d) => ({ ...d, _key: rename.get(d._key) })),
        children: (node.children as PortableNode[]).map((c, i) => ({
          ...c,
          _key: `${k}s${i + 1}`,
          marks: ((c.marks as string[] | undefined) ?? []).map((m) => rename.get(m) ?? m),
        })),
      };
    });
  return { blocks };
}
