/**
 * npm run content:import, run as a clinic runs it (a child process), on plain text like the seed
 * (issue 18, started): the seed's own text gives the seed dataset back, a second run replaces rather
 * than duplicates, --merge leaves the dataset's documents as they were, bad input is one clear line.
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
  const markdown = path.join(dir, 'post.md');
  writeFileSync(markdown, '# A post\n\nSome **bold** text and a [link](https://example.org).\n');
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '\n\n  \n');
  const result = await contentImport(markdown, empty, '--out', path.join(dir, 'none.ndjson'));
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/post\.md: This file is Markdown, which this version of content:import does not read yet/);
  expect(result.stderr).toMatch(/empty\.txt: No title and text could be found/);
  expect(result.stderr).toMatch(/no post could be imported from .*; no dataset was written\./);
});
