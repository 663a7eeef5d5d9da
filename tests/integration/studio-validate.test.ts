/**
 * The Studio's own rules, run by Sanity's CLI offline (`sanity documents validate --file`): the seed
 * dataset has no errors as it ships (its two warnings are listed in the README), and sloppy or unsafe
 * documents are stopped on the right fields with messages an editor can act on.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { block, otherPost, seedDocuments, writeDataset } from '../fixtures/datasets';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

interface Marker {
  level: 'error' | 'warning' | 'info';
  message: string;
  path: unknown[];
}

jest.setTimeout(240_000);

it('the seed validates clean; broken documents are refused with clear messages', async () => {
  const bad = [
    otherPost({
      _id: 'post-sloppy',
      slug: { _type: 'slug', current: 'Über ketamin.html' },
      excerpt: 'Too short',
      body: [
        block('k1', 'Hi', {
          markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }],
          children: [{ _type: 'span', _key: 's1', text: 'Hi', marks: ['l1'] }],
        }),
      ],
    }),
    {
      _id: 'citation-sloppy',
      _type: 'citation',
      authors: [],
      year: 2020,
      title: 'Ketamine For Depression In Adults',
      doi: 'https://doi.org/10.1000/abc',
    },
    // The content:check fixture: "committed suicide", a "guaranteed cure", crisis resources off.
    ...readFileSync(path.join(ROOT, 'tests', 'fixtures', 'content-check-unsafe.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('"post-unsafe"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>),
    otherPost({
      _id: 'post-review-dates',
      slug: { _type: 'slug', current: 'review-dates' },
      lastReviewedAt: '2099-01-01',
      updatedAt: '2025-01-01T12:00:00Z',
    }),
  ];
  const file = writeDataset([...seedDocuments(), ...bad]);
  let stdout = '';
  try {
    ({ stdout } = await run(
      'npx',
      ['sanity', 'documents', 'validate', '--file', file, '--yes', '--format', 'ndjson', '--level', 'warning'],
      {
        cwd: ROOT,
        env: { ...process.env, SANITY_AUTH_TOKEN: 'offline-dummy', SANITY_STUDIO_PROJECT_ID: 'offline', DO_NOT_TRACK: '1', CI: 'true' },
        maxBuffer: 10 * 1024 * 1024,
      },
    ));
  } catch (error) {
    // The CLI exits 1 when it finds errors, which this dataset has on purpose.
    stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout) throw error;
  }
  const results = new Map<string, Marker[]>(
    stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { documentId: string; markers: Marker[] })
      .map((r) => [r.documentId, r.markers]),
  );

  /** "level path: message" for each marker, path as Sanity writes it. */
  const markers = (id: string) => (results.get(id) ?? []).map((m) => `${m.level} ${JSON.stringify(m.path)}: ${m.message}`).join('\n');

  for (const doc of seedDocuments()) {
    const expected =
      doc._id === 'post-kap-suicidality'
        ? [
            expect.objectContaining({
              level: 'warning',
              path: ['reviewedBy'],
              message: expect.stringMatching(/^No clinician is named as the medical reviewer/),
            }),
            expect.objectContaining({
              level: 'warning',
              path: ['body'],
              message: expect.stringMatching(/^The text reads at grade 12\.2 \(reading ease 34\.7\)/),
            }),
          ]
        : [];
    const found = results.get(doc._id) ?? [];
    expect({ id: doc._id, markers: found }).toEqual({ id: doc._id, markers: expect.arrayContaining(expected) });
    expect(found).toHaveLength(expected.length);
  }

  const unsafe = markers('post-unsafe');
  expect(unsafe).toMatch(
    /^error \["crisisSupport"\]: This article speaks of suicide, self-harm or overdose.*Suggestion: Turn on "Show crisis resources"\.$/m,
  );
  expect(unsafe).toMatch(/^warning \["body",\{"_key":"u1"\}\]: "committed suicide" .*Suggestion: Write "died by suicide"\.$/m);
  expect(unsafe).toMatch(/^warning \["body",\{"_key":"u2"\}\]: "guaranteed": no treatment result/m);
  expect(unsafe).toMatch(/^warning \["title"\]: "cure" promises more/m);

  const dates = markers('post-review-dates');
  expect(dates).toMatch(/^error \["lastReviewedAt"\]: The medical review date 2099-01-01 is in the future\./m);
  expect(dates).toMatch(/^error \["updatedAt"\]: The last update \(2025-01-01\) is earlier than the publication date/m);

  const sloppy = (results.get('post-sloppy') ?? []).map((m) => `${m.level}: ${m.message}`).join('\n');
  expect(sloppy).toMatch(/error: The excerpt has 9 characters; write at least 50/);
  expect(sloppy).toMatch(/error: The link on "Hi": "javascript:alert\(1\)" is not an allowed link/);
  expect(sloppy).toMatch(/warning: "Über ketamin.html" cannot be a web address here.*"uber-ketamin-html"/);
  const citation = (results.get('citation-sloppy') ?? []).map((m) => `${m.level}: ${m.message}`).join('\n');
  expect(citation).toMatch(/error: Add at least one author/);
  expect(citation).toMatch(/warning: Store the bare DOI "10.1000\/abc"/);
  expect(citation).toMatch(/warning: APA 7 writes article titles in sentence case.*"Ketamine for depression in adults"/);
});
