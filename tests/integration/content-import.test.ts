/**
 * npm run content:import, run as a clinic runs it (a child process), on plain text like the seed
 * and on WordPress exports, HTML and Markdown: the seed's own text gives the seed dataset back, a
 * second run replaces rather than duplicates, --merge leaves the dataset's documents as they were,
 * bad input is one clear line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLocalSource } from '@/lib/content/sources';
import { selectPost, selectPostCards } from '@/lib/content/select';
import { postBySlugQuery, postCardsQuery } from '@/lib/queries';
import { SEED_FILE, SEED_POST_ID, seedDocuments } from '../fixtures/datasets';

const run = promisify(execFile);
// Each test runs the CLI as a child process, beside the other suites' work.
jest.setTimeout(30_000);
const ROOT = path.join(__dirname, '..', '..');

async function contentImport(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'scripts/content-import.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'content-import-'));
/** The seed as the clinic delivered it: tests/fixtures/seed-article.txt below its first (provenance) line. */
const seedText = path.join(dir, 'seed.txt');
writeFileSync(
  seedText,
  readFileSync(path.join(ROOT, 'tests', 'fixtures', 'seed-article.txt'), 'utf8')
    .split('\n')
    .slice(1)
    .join('\n'),
);
const readNdjson = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown> & { _id: string; _type: string });
const blockShape = (body: unknown) =>
  (body as Array<{ style: string; listItem?: string; level?: number; children: Array<{ text: string }> }>).map((b) => ({
    style: b.style,
    listItem: b.listItem,
    level: b.listItem ? b.level : undefined,
    text: b.children.map((c) => c.text).join(''),
  }));

it('the seed’s text gives the seed dataset back: blocks and styles, citations, author, category, date, crisis flag', async () => {
  const out = path.join(dir, 'seed.ndjson');
  const { code, stdout } = await contentImport(seedText, '--out', out);
  expect(code).toBe(0);
  expect(stdout).toMatch(/imported: 1 author, 1 category, 4 citation, 1 post/);
  expect(stdout).toMatch(/content:check of the result: 0 error\(s\)/);
  const imported = readNdjson(out);
  const seed = seedDocuments();
  const post = imported.find((d) => d._type === 'post')!;
  const seedPost = seed.find((d) => d._id === SEED_POST_ID)!;
  expect(blockShape(post.body)).toEqual(blockShape(seedPost.body));
  expect(post.title).toBe(seedPost.title);
  expect((post.slug as { current: string }).current).toBe((seedPost.slug as { current: string }).current);
  expect(post.crisisSupport).toBe(true);
  expect(post.publishedAt).toBe('2025-09-03');
  const pick = (d: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, d[k]]));
  const author = imported.find((d) => d._type === 'author')!;
  expect(pick(author, ['name', 'credentials', 'jobTitle'])).toEqual(
    pick(
      seed.find((d) => d._type === 'author')!,
      ['name', 'credentials', 'jobTitle'],
    ),
  );
  expect(imported.find((d) => d._type === 'category')!.title).toBe('Ketamine');
  const fields = ['authorsIncomplete', 'year', 'title', 'journal', 'volume', 'issue', 'pages', 'doi'];
  const citations = (post.citations as Array<{ _ref: string }>).map((r) => imported.find((d) => d._id === r._ref)!);
  const seedCitations = (seedPost.citations as Array<{ _ref: string }>).map((r) => seed.find((d) => d._id === r._ref)!);
  expect(citations.map((c) => pick(c, fields))).toEqual(seedCitations.map((c) => pick(c, fields)));
  const names = (c: Record<string, unknown>) => (c.authors as Array<{ family: string; given: string }>).map((a) => [a.family, a.given]);
  expect(citations.map(names)).toEqual(seedCitations.map(names));

  // The site reads what was written, as LOCAL_DATASET would: the post renders and is listed.
  const source = createLocalSource(out);
  expect(selectPostCards(await source.query(postCardsQuery, {}, [])).map((p) => p.title)).toEqual([seedPost.title]);
  expect(selectPost(await source.query(postBySlugQuery, { slug: (post.slug as { current: string }).current }, []))?.citations).toHaveLength(
    4,
  );

  // A second run writes the same documents: it replaces, never duplicates.
  await contentImport(seedText, '--out', out);
  expect(readNdjson(out)).toEqual(imported);
});

it('--merge adds another article to the seed, leaving every seed document as it was; what it could not read is named', async () => {
  const out = path.join(dir, 'merged.ndjson');
  const { code, stdout } = await contentImport(
    path.join(ROOT, 'tests', 'fixtures', 'import', 'sleep-and-mood.txt'),
    '--merge',
    SEED_FILE,
    '--out',
    out,
  );
  expect(code).toBe(0);
  const merged = readNdjson(out);
  for (const doc of seedDocuments()) expect(merged.find((d) => d._id === doc._id)).toEqual(doc);
  const post = merged.find((d) => d._type === 'post' && d.title === 'Sleep and Mood: What the Research Says')!;
  expect(post.publishedAt).toBe('2025-10-12');
  expect(merged.find((d) => d._type === 'author' && d.name === 'Elena Martínez')).toMatchObject({
    credentials: ['MD'],
    jobTitle: 'Staff Psychiatrist',
  });
  expect(blockShape(post.body).map((b) => [b.style, b.listItem ?? '', b.text])).toEqual([
    ['normal', '', 'Poor sleep and low mood often go together. This article explains what is known and what helps.'],
    ['h2', '', 'What happens at night'],
    ['normal', '', 'Sleep gives the brain time to recover. Short nights make stress harder to handle.'],
    ['h2', '', 'Simple steps'],
    ['normal', '', 'Keep a regular wake time, even on weekends.'],
    ['normal', 'bullet', 'Get morning light'],
    ['normal', 'bullet', 'Limit caffeine after noon'],
    ['normal', 'bullet', 'Keep screens out of the bedroom'],
    ['normal', 'number', 'Write down worries before bed'],
    ['normal', 'number', 'Go to bed only when sleepy'],
    ['h2', '', 'Other sources'],
    ['normal', '', 'A reference nobody formatted, copied from a slide.'],
  ]);
  expect(merged.find((d) => d._type === 'citation' && d.doi === '10.5555/sleep.2021.12')).toMatchObject({
    year: 2021,
    pages: '101–109',
    issue: '3',
  });
  expect(stdout).toMatch(
    /warning Sleep and Mood: What the Research Says: A reference could not be read .*\n\s+"A reference nobody formatted, copied from a slide\."/,
  );
  expect(post.crisisSupport).toBe(false);
});

it('bad input is one clear line and exit 1: no file, an unreadable file, no --out, nothing importable', async () => {
  expect(await contentImport('--out', 'x.ndjson')).toMatchObject({ code: 1, stderr: expect.stringMatching(/No file to import/) });
  expect(await contentImport(seedText)).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/Say where to write the dataset with --out/),
  });
  expect(await contentImport(path.join(dir, 'missing.txt'), '--out', path.join(dir, 'x.ndjson'))).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/missing\.txt cannot be read \(ENOENT\)/),
  });
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '\n\n  \n');
  const result = await contentImport(empty, '--out', path.join(dir, 'none.ndjson'));
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/empty\.txt: No title and text could be found/);
  expect(result.stderr).toMatch(/no post could be imported from .*; no dataset was written\./);
  // A WordPress export cut off in the middle (a download that stopped): where it breaks, and what to do.
  const whole = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'import', 'wordpress', 'legacy.wordpress.xml'), 'utf8');
  const cut = path.join(dir, 'cut.wordpress.xml');
  writeFileSync(cut, whole.slice(0, Math.floor(whole.length / 2)));
  const broken = await contentImport(cut, '--out', path.join(dir, 'cut.ndjson'));
  expect(broken.code).toBe(1);
  expect(broken.stderr).toMatch(/cut\.wordpress\.xml is not well-formed XML at line \d+, column \d+ .*export it again from WordPress/);
  expect(await contentImport(seedText, '--assets', path.join(dir, 'nowhere'), '--out', path.join(dir, 'x.ndjson'))).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/--assets .*nowhere is not a folder/),
  });
});

describe('an old WordPress blog, an HTML page and a Markdown file, with their images', () => {
  const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'import');
  const out = path.join(dir, 'wordpress.ndjson');
  const sources = [
    path.join(FIXTURES, 'wordpress', 'clinic-blog.wordpress.xml'),
    path.join(FIXTURES, 'wordpress', 'legacy.wordpress.xml'),
    path.join(FIXTURES, 'html', 'anxiety-at-work.html'),
    path.join(FIXTURES, 'markdown', 'grounding-skills.md'),
  ];
  const assets = ['--assets', path.join(FIXTURES, 'wordpress', 'uploads')];
  let stdout = '';
  let docs: Array<Record<string, unknown> & { _id: string; _type: string }> = [];
  const byId = (id: string) => docs.find((d) => d._id === id)!;
  type Node = {
    _type: string;
    style?: string;
    listItem?: string;
    level?: number;
    children?: Array<{ text: string; marks: string[] }>;
    markDefs?: Array<Record<string, unknown>>;
  };
  const text = (node: Node) => (node.children ?? []).map((c) => c.text).join('');
  const bodyOf = (id: string) => byId(id).body as Node[];

  beforeAll(async () => {
    const result = await contentImport(...sources, ...assets, '--out', out);
    expect(result).toMatchObject({ code: 0 });
    stdout = result.stdout;
    docs = readNdjson(out);
  }, 60_000);

  it('publishes what WordPress published, keeps drafts, pending, scheduled and protected posts as drafts, and leaves private and trashed ones out, naming each', () => {
    const posts = docs.filter((d) => d._type === 'post').map((d) => d._id);
    expect(posts.filter((id) => id.startsWith('post-wp-')).sort()).toEqual([
      'post-wp-123',
      'post-wp-131',
      'post-wp-182',
      'post-wp-41',
      'post-wp-47',
      'post-wp-52',
    ]);
    for (const id of ['150', '152', '160', '165', '175', '178']) expect(posts).toContain(`drafts.post-wp-${id}`);
    for (const id of ['168', '170', '124', '14', '15', '101']) expect(posts.some((p) => p.endsWith(`-wp-${id}`))).toBe(false);
    expect(stdout).toMatch(/Group Therapy Handouts \(Members Only\): Imported as a draft .*password-protected/);
    expect(stdout).toMatch(/Staff Note: Holiday Coverage Schedule.*: A private WordPress post .* left out/);
    expect(stdout).toMatch(/Summer Stress Tips.*: It is in the WordPress trash; it was left out/);
    expect(stdout).toMatch(/read from WordPress: .*3 attachment.*2 nav_menu_item.*1 revision/);
    // WordPress pages become trust pages; one whose slug is a route of the site stays a draft, with the reason.
    expect(byId('page-wp-5')).toMatchObject({ title: 'About Us', kind: 'about', slug: { current: 'about-us' } });
    expect(byId('drafts.page-wp-8')).toMatchObject({ slug: { current: 'blog' } });
    expect(stdout).toMatch(/Blog: Imported as a draft .*"blog" cannot be a page here/);
  });

  it('splits authors into name, credentials and title, takes dates from post_date_gmt, the Yoast category and description', () => {
    expect(byId('author-elena-martinez')).toMatchObject({ name: 'Elena Martínez', credentials: ['MD'] });
    expect(byId('author-sam-lee')).toMatchObject({ name: 'Sam Lee', credentials: ['PhD', 'LPC'] });
    const kap = byId('post-wp-123');
    expect(kap).toMatchObject({
      publishedAt: '2025-09-03T14:00:00Z',
      author: { _ref: 'author-elena-martinez' },
      category: { _ref: 'category-depression' },
      slug: { current: 'ketamine-assisted-psychotherapy-what-to-expect' },
      crisisSupport: true,
    });
    expect(kap.excerpt).toMatch(/^What to expect from ketamine-assisted psychotherapy/);
    // Yoast's primary category when a post has two, whichever comes first.
    expect(byId('post-wp-182')).toMatchObject({ category: { _ref: 'category-sleep' } });
    // No GMT date at all (WXR 1.1): the local date, read in the clinic's time zone.
    expect(String(byId('post-wp-52').publishedAt)).toMatch(/^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(docs.find((d) => d._type === 'category' && d.title === 'Anxiety & Stress')).toBeDefined();
    // The classic post: markup out of the title, its excerpt from WordPress's excerpt, its percent-encoded slug readable.
    const walking = byId('post-wp-131');
    expect(walking.title).toBe('Walking & mood: why a short walk helps');
    expect(walking.slug).toEqual({ _type: 'slug', current: 'caminar-y-animo' });
    expect(walking.previousSlugs).toEqual(['caminar-y-ánimo']);
    expect(stdout).toMatch(/Its slug "caminar-y-ánimo" became "caminar-y-animo"/);
  });

  it('keeps old addresses: _wp_old_slug as previous slugs, the permalink and ?p= as previous paths', () => {
    expect(byId('post-wp-123')).toMatchObject({
      previousSlugs: ['ketamine-therapy-what-to-expect', 'kap-faq'],
      previousPaths: ['https://www.example-clinic.com/2025/09/03/ketamine-assisted-psychotherapy-what-to-expect/', '/?p=123'],
    });
  });

  it('turns Gutenberg and classic bodies into the site’s Portable Text: levels, lists, quotes, marks, safe links, entities', () => {
    const body = bodyOf('post-wp-123');
    const styles = body.filter((n) => n._type === 'block').map((n) => `${n.listItem ? `${n.listItem}${n.level}` : n.style}`);
    expect(new Set(styles)).toEqual(new Set(['normal', 'h2', 'h3', 'h4', 'blockquote', 'bullet1', 'bullet2', 'number2']));
    const all = body.map(text).join('\n');
    for (const gone of ['[gallery', 'youtube.com', '<', 'javascript:', '&amp;', '&#82']) expect(all).not.toContain(gone);
    expect(all).toMatch(/hasn’t lifted/);
    expect(all).toContain('“');
    const hrefs = body.flatMap((n) => (n.markDefs ?? []).filter((d) => d._type === 'link').map((d) => d.href));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'https://www.nimh.nih.gov/health/topics/depression',
        'mailto:intake@example-clinic.com',
        '/contact',
        'tel:988',
      ]),
    );
    expect(stdout).toMatch(
      /A link that is not safe to follow was taken out; its text "printable KAP checklist" is kept\.\n\s+"javascript:alert\(1\)"/,
    );
    // The table: a list a reader can use, and named.
    expect(all).toMatch(/Treatment: Ketamine-assisted psychotherapy; How it is given: In clinic/);
    expect(stdout).toMatch(/A table \(4 row\(s\)\) became a list/);
    const classic = bodyOf('post-wp-131').map(text).join('\n');
    expect(classic).toContain('[sic]');
    for (const gone of ['contact-form-7', 'dataLayer', 'google.com/maps', 'youtube.com']) expect(classic).not.toContain(gone);
    for (const named of [
      /\[contact-form-7\] shortcode has no equivalent/,
      /A script was taken out/,
      /An embedded frame \(iframe\) was taken out/,
      /An embed was taken out.*Zk3vQm7pL2c/,
    ]) {
      expect(stdout).toMatch(named);
    }
    // wpautop: blank lines made paragraphs, a single newline did not.
    expect(bodyOf('post-wp-131').filter((n) => n._type === 'block' && n.style === 'normal' && !n.listItem).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('reads the reference list into citations, one per DOI across every source, and links author–date citations to them', () => {
    const citations = docs.filter((d) => d._type === 'citation');
    const short = citations.filter((c) => c.doi === '10.1016/S2215-0366(17)30272-9');
    expect(short).toHaveLength(1);
    expect(byId('post-wp-123').citations).toHaveLength(2);
    const ballard = citations.find((c) => c.doi === '10.1016/j.biopsych.2018.08.012')!;
    expect(ballard).toMatchObject({ year: 2019, authorsIncomplete: true, journal: 'Biological Psychiatry', volume: '85', issue: '10' });
    const cited = bodyOf('post-wp-123').flatMap((n) =>
      (n.children ?? [])
        .filter((c) => c.marks.some((m) => n.markDefs?.some((d) => d._key === m && d._type === 'citationRef')))
        .map((c) => c.text),
    );
    expect(cited).toEqual(expect.arrayContaining(['Ballard et al., 2019', 'Short et al., 2018']));
    // The one that cannot be read is kept, under "Other sources", and named.
    expect(bodyOf('post-wp-123').map(text)).toEqual(
      expect.arrayContaining(['Other sources', 'Clinic handout on preparing for KAP sessions, no date.']),
    );
  });

  it('imports images from --assets in the upload form, mapping size variants to the original; a missing file is named and left out', () => {
    const kap = byId('post-wp-123');
    const room = `image@file://${path.join(FIXTURES, 'wordpress', 'uploads', '2025', '08', 'therapy-room.jpg')}`;
    expect(kap.mainImage).toEqual({
      _type: 'image',
      _sanityAsset: room,
      alt: 'A calm treatment room with two armchairs, a floor lamp and a window',
    });
    const image = bodyOf('post-wp-123').find((n) => n._type === 'imageWithAlt')!;
    expect(image).toMatchObject({ _sanityAsset: room, caption: 'One of our KAP treatment rooms at the Medical Center office.' });
    expect(bodyOf('post-wp-182').some((n) => n._type === 'imageWithAlt')).toBe(false);
    expect(stdout).toMatch(/An image was left out: its file 2025\/07\/sleep-diary-template\.png is not in/);
  });

  it('reads an HTML page’s article and a Markdown file’s front matter, with the images beside them', () => {
    const html = docs.find((d) => d._type === 'post' && d.title === 'Managing Anxiety at Work')!;
    expect(html).toMatchObject({ author: { _ref: 'author-elena-martinez' } });
    expect(String(html.publishedAt)).toBe('2025-06-10T09:00:00-05:00');
    const htmlBody = (html.body as Node[]).map(text).join('\n');
    expect(htmlBody).not.toMatch(/By Elena|document\.querySelectorAll/);
    expect((html.body as Node[]).some((n) => n._type === 'imageWithAlt')).toBe(true);
    const md = docs.find((d) => d._type === 'post' && String(d.title).startsWith('Grounding Skills'))!;
    expect(md).toMatchObject({ author: { _ref: 'author-katie-coon' }, publishedAt: expect.stringMatching(/^2025-07-01/) });
    expect((md.body as Node[]).some((n) => n._type === 'imageWithAlt')).toBe(true);
    expect(byId('author-katie-coon')).toMatchObject({ credentials: ['BSN', 'RN'] });
  });

  it('writes what the site reads: the local source resolves the images under /imported/ with their size, and the posts render', async () => {
    const source = createLocalSource(out);
    const cards = selectPostCards(await source.query(postCardsQuery, {}, []));
    expect(cards.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['ketamine-assisted-psychotherapy-what-to-expect', 'caminar-y-animo', 'managing-panic-attacks']),
    );
    const kap = selectPost(await source.query(postBySlugQuery, { slug: 'ketamine-assisted-psychotherapy-what-to-expect' }, []))!;
    expect(kap.mainImage?.asset).toMatchObject({
      url: expect.stringMatching(/^\/imported\/[0-9a-f]{40}-72x48\.jpg$/),
      metadata: { dimensions: { width: 72, height: 48 } },
    });
    expect(kap.body.filter((n) => n._type === 'imageWithAlt')).toHaveLength(2);
    expect(kap.citations).toHaveLength(2);
    // A second run writes the same documents.
    await contentImport(...sources, ...assets, '--out', out);
    expect(readNdjson(out)).toEqual(docs);
  }, 60_000);
});
