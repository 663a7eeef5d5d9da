/**
 * The importer's HTML conversion (lib/import/html.ts) on the ways WordPress and other editors write:
 * what block-tools alone would lose or keep unsafely is mapped or named, and no markup, however
 * broken, makes it throw or lets a script, an unsafe link or a shortcode through.
 */
import fc from 'fast-check';
import { autop, htmlToPortableText, replaceShortcodes, type HtmlContext } from '@/lib/import/html';
import type { ImportNote } from '@/lib/import/notes';
import { textOf, type PortableNode } from '@/lib/import/portable';
import { languageOf } from '@/lib/import/body';
import { isAllowedHref } from '@/lib/editorial/href';

function convert(html: string, extra: Partial<HtmlContext> = {}) {
  const notes: ImportNote[] = [];
  const { blocks } = htmlToPortableText(
    html,
    {
      where: 'post',
      notes,
      findImage: (src) =>
        src.includes('missing') ? { problem: 'its file is not there' } : { sanityAsset: `image@file:///uploads/${src.split('/').pop()}` },
      ...extra,
    },
    { wordpress: true },
  );
  return { blocks, notes: notes.map((n) => n.message) };
}
const shape = (blocks: PortableNode[]) =>
  blocks.map((b) =>
    b._type === 'block' ? `${b.listItem ? `${String(b.listItem)}${String(b.level)}` : String(b.style)}: ${textOf(b)}` : `[${b._type}]`,
  );

it('keeps heading levels the body can hold: h1 becomes h2, h5 and h6 become h4', () => {
  expect(shape(convert('<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>').blocks)).toEqual([
    'h2: One',
    'h2: Two',
    'h3: Three',
    'h4: Four',
    'h4: Five',
    'h4: Six',
  ]);
});

it('keeps nested and mixed lists with their levels, quotes, strong and em', () => {
  const { blocks } = convert(
    '<ul><li>a<ol><li>a1</li><li>a2<ul><li>deep</li></ul></li></ol></li><li><strong>b</strong> and <em>c</em></li></ul><blockquote><p>Said</p></blockquote>',
  );
  expect(shape(blocks)).toEqual(['bullet1: a', 'number2: a1', 'number2: a2', 'bullet3: deep', 'bullet1: b and c', 'blockquote: Said']);
  const marks = (blocks[4].children as Array<{ marks: string[] }>).map((c) => c.marks);
  expect(marks).toEqual([['strong'], [], ['em']]);
});

it('reads classic-editor text as wpautop does: blank lines make paragraphs, a single newline is a line break', () => {
  expect(autop('First line\nsame paragraph\n\nSecond\n\n<h3>Head</h3>')).toBe(
    '<p>First line<br>\nsame paragraph</p>\n<p>Second</p>\n<h3>Head</h3>',
  );
  expect(autop('<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->\n\ny')).toBe(
    '<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->\n\ny',
  );
});

it('reads a tag written over several lines as one tag, and keeps a <pre> block whole', () => {
  expect(autop('Look:\n<img src="a.png"\n  alt="Breathing">\n\n<a\n href="https://x.org">link</a>\n\n<pre>one\n\ntwo</pre>')).toBe(
    '<p>Look:<br>\n<img src="a.png" alt="Breathing"></p>\n<p><a href="https://x.org">link</a></p>\n<pre>one\n\ntwo</pre>',
  );
});

it('takes an embed shortcode out with the address it enclosed; bracketed words are text', () => {
  const notes: ImportNote[] = [];
  const ctx = { where: 'p', notes, findImage: () => ({ problem: 'x' }) };
  expect(
    replaceShortcodes(
      'A [embed]https://videos.example/a.mp4[/embed] B [vc_raw_html]JTNDc2NyaXB0[/vc_raw_html] [Video] [Note] [Table]',
      ctx,
    ),
  ).toBe('A  B  [Video] [Note] [Table]');
  expect(notes.map((n) => n.message)).toEqual([
    'The [embed] shortcode and what it enclosed were taken out (an embed or code the site does not run); add a link if readers need it: https://videos.example/a.mp4.',
    'The [vc_raw_html] shortcode and what it enclosed were taken out (an embed or code the site does not run).',
  ]);
});

it('maps [caption] to a figure and takes other shortcodes out, naming each; text that only looks like one stays', () => {
  const notes: ImportNote[] = [];
  const ctx = { where: 'p', notes, findImage: () => ({ problem: 'x' }) };
  expect(replaceShortcodes('[caption id="a" width="300"]<img src="x.jpg" alt="A"> The caption[/caption]', ctx)).toBe(
    '<figure><img src="x.jpg" alt="A"><figcaption>The caption</figcaption></figure>',
  );
  expect(replaceShortcodes('Before [contact-form-7 id="1"] [su_note]Kept text[/su_note] [sic] [TODO: fix] [1] after', ctx)).toBe(
    'Before  Kept text [sic] [TODO: fix] [1] after',
  );
  expect(notes.map((n) => n.message)).toEqual([
    'The [contact-form-7] shortcode has no equivalent on this site and was taken out (any text it enclosed is kept).',
    'The [su_note] shortcode has no equivalent on this site and was taken out (any text it enclosed is kept).',
  ]);
});

it('takes scripts, iframes, forms and embeds out and names each; an unsafe link loses its link, never its words', () => {
  const { blocks, notes } = convert(
    '<p>Read <a href="javascript:alert(1)">this</a> and <a href="https://example.org" onclick="x()">that</a>.</p><script>alert(1)</script><iframe src="https://maps.example/embed"></iframe><form action="/x"><input name="q"></form><p>https://www.youtube.com/watch?v=abc</p><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://vimeo.com/1</div></figure>',
  );
  expect(shape(blocks)).toEqual(['normal: Read this and that.']);
  const hrefs = (blocks[0].markDefs as Array<{ href: string }>).map((d) => d.href);
  expect(hrefs).toEqual(['https://example.org']);
  expect(notes).toEqual([
    'An embed was taken out; add a link to it if readers need it: https://vimeo.com/1.',
    'A script was taken out: the site runs no third-party code.',
    'An embedded frame (iframe) was taken out: the site runs no third-party code (https://maps.example/embed).',
    'A form was taken out: the site runs no third-party code (/x).',
    '1 script attribute(s) (onclick and the like) were taken out.',
    'An embed was taken out; add a link to it if readers need it: https://www.youtube.com/watch?v=abc.',
    'A link that is not safe to follow was taken out; its text "this" is kept.',
  ]);
});

it('turns a table into a list a reader can use, one item per row with its column names, and says so', () => {
  const { blocks, notes } = convert(
    '<figure class="wp-block-table"><table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody><tr><td>Monday</td><td>9–5</td></tr><tr><td>Friday</td><td>9–1</td></tr></tbody></table><figcaption>Clinic hours</figcaption></figure>',
  );
  expect(shape(blocks)).toEqual(['normal: Clinic hours', 'bullet1: Day: Monday; Hours: 9–5', 'bullet1: Day: Friday; Hours: 9–1']);
  expect(notes[0]).toMatch(/A table \(2 row\(s\)\) became a list/);
});

it('keeps images in place with their alt text and caption; an image inside a paragraph follows it; a missing file is named', () => {
  const { blocks, notes } = convert(
    '<p>Look: <img src="/wp-content/uploads/2025/08/a.jpg" alt="A room"> nice.</p><figure><img src="b.jpg" alt=""><figcaption>Garden</figcaption></figure><p><img src="missing.jpg" alt="x"></p>',
  );
  expect(shape(blocks)).toEqual(['normal: Look: nice.', '[imageWithAlt]', '[imageWithAlt]']);
  expect(blocks[1]).toMatchObject({ _sanityAsset: 'image@file:///uploads/a.jpg', alt: 'A room' });
  expect(blocks[2]).toMatchObject({ _sanityAsset: 'image@file:///uploads/b.jpg', caption: 'Garden' });
  expect(blocks[2].alt).toBeUndefined();
  expect(notes).toEqual([
    'An image has no alt text: describe it in the Studio; the site leaves it out until then.',
    'An image was left out: its file is not there.',
  ]);
});

it('decodes entities and keeps smart quotes; the old site’s links become this site’s paths', () => {
  const { blocks } = convert(
    '<p>Don&#8217;t &amp; &ldquo;won&rsquo;t&rdquo; — <a href="https://old.example/contact/">contact</a> <a href="https://old.example/2024/01/02/post/">post</a></p>',
    {
      rewriteHref: (href) =>
        href.startsWith('https://old.example/2024') ? '/blog/post' : href.startsWith('https://old.example') ? '/contact' : undefined,
    },
  );
  expect(textOf(blocks[0])).toBe('Don’t & “won’t” — contact post');
  expect((blocks[0].markDefs as Array<{ href: string }>).map((d) => d.href)).toEqual(['/contact', '/blog/post']);
});

it('never throws, and never lets a script, an unsafe link or markup through, whatever the markup', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '<p>',
      '</p>',
      '<ul><li>',
      '</li></ul>',
      '<ol>',
      '<li>',
      '<table><tr><td>',
      '</td></tr></table>',
      '<h1>',
      '<h5>',
      '</h5>',
      '<blockquote>',
      '<a href="javascript:alert(1)">',
      '<a href=" JaVaScRiPt:alert(2)">',
      '<a href="data:text/html,x">',
      '</a>',
      '<img src="x.jpg">',
      '<img>',
      '<figure>',
      '<figcaption>',
      '<script>alert(3)</script>',
      '<iframe src="x">',
      '<svg><script>alert(4)</script></svg>',
      '[caption]',
      '[/caption]',
      '[gallery ids="1"]',
      '[embed]',
      '<!-- wp:paragraph -->',
      '&amp;',
      '&#8217;',
      '\n\n',
      '<br>',
      '<strong>',
      '</em>',
      '<div onclick="alert(5)">',
      '<style>p{}</style>',
      '<noscript>x</noscript>',
      '<table>',
      '<tr><th>h</th></tr>',
    ),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const { blocks } = convert(pieces.join(''));
      for (const b of blocks) {
        expect(['block', 'imageWithAlt']).toContain(b._type);
        const text = textOf(b);
        // (A script the markup itself breaks, "<A<script>…", is text to every HTML parser, as in a browser.)
        expect(text).not.toMatch(/alert\([45]\)|<script|\[gallery|\[caption/);
        for (const d of (b.markDefs as Array<{ _type: string; href?: string }> | undefined) ?? [])
          if (d._type === 'link') expect(isAllowedHref(d.href)).toBe(true);
      }
    }),
    { numRuns: 200 },
  );
});

it('finds a lazy-loaded image’s real address, and keeps one copy of it', () => {
  const { blocks, notes } = convert(
    '<p><img src="data:image/gif;base64,R0lGOD" data-src="/wp-content/uploads/2025/08/lazy.jpg" alt="Lazy"><noscript><img src="/wp-content/uploads/2025/08/lazy.jpg" alt="Lazy"></noscript></p><noscript><img src="/wp-content/uploads/2025/08/alone.jpg" alt="Alone"></noscript>',
  );
  expect(blocks.map((b) => b._sanityAsset)).toEqual(['image@file:///uploads/lazy.jpg', 'image@file:///uploads/alone.jpg']);
  expect(notes).toEqual([]);
});

it('keeps a table cell’s links in the list it becomes', () => {
  const { blocks } = convert(
    '<table><tr><th>Service</th><th>More</th></tr><tr><td>KAP</td><td><a href="https://example.org/kap">details</a></td></tr></table>',
  );
  expect(shape(blocks)).toEqual(['bullet1: Service: KAP; More: details']);
  expect((blocks[0].markDefs as Array<{ href: string }>).map((d) => d.href)).toEqual(['https://example.org/kap']);
});

it('names a picture set as a CSS background, which is no image of the text', () => {
  const { notes } = convert(
    '<div class="wp-block-cover" style="background-image:url(https://old.example/wp-content/uploads/2020/01/hero.jpg)"><p>Welcome</p></div>',
  );
  expect(notes).toEqual([
    'A background picture was not imported (https://old.example/wp-content/uploads/2020/01/hero.jpg); add it as an image in the Studio if readers need it.',
  ]);
});

describe('languageOf: the language a source names', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    [' en-US ', 'en'],
    ['en', 'en'],
  ])('%j is %s', (tag, expected) => expect(languageOf(tag)).toBe(expected));
  it.each(['', 'et', 'eo', 'fr-CA', 'english', 'esperanto'])('%j is none the site has', (tag) => expect(languageOf(tag)).toBeUndefined());
});
