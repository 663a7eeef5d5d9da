/**
 * The WordPress reader (lib/import/wordpress.ts) on the shapes real exports take beyond the fixtures:
 * footnotes (WordPress 6.3+), comments, an item without an id, an attachment without year folders,
 * a child page's old address, values with and without CDATA.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDocuments } from '@/lib/import/documents';
import { readWordPress } from '@/lib/import/wordpress';
import { textOf, type PortableNode } from '@/lib/import/portable';

const wxr = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Clinic</title><link>https://old.example</link><language>en-US</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://old.example</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[ana]]></wp:author_login><wp:author_display_name><![CDATA[Ana Ruiz, PhD]]></wp:author_display_name></wp:author>
${items}
</channel></rss>`;

const item = (fields: Record<string, string>, extra = '') => `<item>
<title>${fields.title ?? 'A post'}</title><link>${fields.link ?? 'https://old.example/a-post/'}</link><dc:creator><![CDATA[ana]]></dc:creator>
<content:encoded><![CDATA[${fields.content ?? '<p>Some text that is long enough to read.</p>'}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
${fields.id === undefined ? '<wp:post_id>7</wp:post_id>' : fields.id ? `<wp:post_id>${fields.id}</wp:post_id>` : ''}
<wp:post_date_gmt>2025-03-01 15:00:00</wp:post_date_gmt><wp:post_name>${fields.name ?? 'a-post'}</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>${fields.type ?? 'post'}</wp:post_type><wp:post_password></wp:post_password>
<category domain="category" nicename="care"><![CDATA[Care]]></category>${extra}</item>`;

const meta = (key: string, value: string) =>
  `<wp:postmeta><wp:meta_key>${key}</wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`;

it('keeps WordPress 6.3 footnotes as a Notes list where the footnotes block stood, with [n] in the text', async () => {
  const content =
    '<!-- wp:paragraph --><p>Sleep matters<sup data-fn="f1" class="fn"><a href="#f1" id="f1-link">1</a></sup>.</p><!-- /wp:paragraph --><!-- wp:footnotes /-->';
  const footnotes = JSON.stringify([{ id: 'f1', content: 'See <a href="https://example.org/sleep">the sleep study</a>.' }]);
  const { articles } = await readWordPress(wxr(item({ content }, meta('footnotes', footnotes))), { file: 'x.xml' });
  const body = articles[0].body as PortableNode[];
  expect(body.map((b) => `${String(b.listItem ?? b.style)}: ${textOf(b)}`)).toEqual([
    'normal: Sleep matters[1].',
    'h2: Notes',
    'number: See the sleep study.',
  ]);
});

it('counts comments (the site has none), and two items without an id are both kept', async () => {
  const comment = '<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content><![CDATA[Thanks!]]></wp:comment_content></wp:comment>';
  const { articles, counts } = await readWordPress(
    wxr(item({ id: '', name: 'one', title: 'One' }, comment + comment) + item({ id: '', name: 'two', title: 'Two' })),
    { file: 'x.xml' },
  );
  expect(articles.map((a) => [a.title, a.sourceId])).toEqual([
    ['One', undefined],
    ['Two', undefined],
  ]);
  expect(counts.get('comment (not imported: the site has no comments)')).toBe(2);
});

it('finds an attachment stored without year folders, and names a child page’s old address it cannot keep', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'uploads-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'garden.jpg'), 'x');
  const attachment = `<item><title>garden</title><wp:post_id>40</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>https://old.example/wp-content/uploads/garden.jpg</wp:attachment_url>${meta('_wp_attached_file', 'garden.jpg')}${meta('_wp_attachment_image_alt', 'A garden')}</item>`;
  const { articles, notes } = await readWordPress(
    wxr(
      attachment +
        item({}, meta('_thumbnail_id', '40')) +
        item({ id: '9', type: 'page', name: 'child', title: 'Child', link: 'https://old.example/parent/child/' }),
    ),
    { file: 'x.xml', assets: dir },
  );
  expect(articles[0].mainImage).toEqual({ sanityAsset: `image@file://${path.join(dir, 'garden.jpg')}`, alt: 'A garden' });
  expect(notes.map((n) => n.message)).toContain('A page here has no place for its old address /parent/child; it was not imported.');
});

describe('a Spanish blog lands as Spanish posts', () => {
  const spanish = (items: string) => wxr(items).replace('<language>en-US</language>', '<language>es-MX</language>');
  const about = '<p>Mi hermano me dijo que quería quitarse la vida, y no supe qué decirle.</p><p>Esto es lo que aprendí.</p>';

  it('the export’s <language> is each post’s, its topics are Spanish topics, and the Spanish rules decide the crisis line', async () => {
    const { articles, language } = await readWordPress(spanish(item({ title: 'Cuando alguien piensa en el suicidio', content: about })), {
      file: 'x.xml',
    });
    expect(language).toBe('es');
    expect(articles.map((a) => a.language)).toEqual(['es']);
    const { documents } = buildDocuments(articles);
    const post = documents.find((d) => d._type === 'post')!;
    expect(post).toMatchObject({ language: 'es', crisisSupport: true });
    expect(documents.find((d) => d._type === 'category')).toMatchObject({ _id: 'category-care-es', language: 'es', title: 'Care' });
  });

  it('a bilingual export (Polylang) files each post under its own language', async () => {
    const polylang = (code: string) => `<category domain="language" nicename="${code}"><![CDATA[${code}]]></category>`;
    const { articles } = await readWordPress(
      wxr(item({ id: '1', name: 'uno', title: 'Uno' }, polylang('es')) + item({ id: '2', name: 'two', title: 'Two' }, polylang('en'))),
      { file: 'x.xml' },
    );
    expect(articles.map((a) => [a.title, a.language ?? 'en'])).toEqual([
      ['Uno', 'es'],
      ['Two', 'en'],
    ]);
  });
});
