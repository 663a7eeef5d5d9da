/**
 * The Studio's own rules, run by Sanity's CLI offline (`sanity documents validate --file`): the seed
 * dataset is valid as it ships, and sloppy documents are stopped with messages an editor can act on.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
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
    { _id: 'citation-sloppy', _type: 'citation', authors: [], year: 2020, title: 'X', doi: 'https://doi.org/10.1000/abc' },
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

  for (const doc of seedDocuments()) {
    expect({ id: doc._id, markers: results.get(doc._id) ?? [] }).toEqual({ id: doc._id, markers: [] });
  }
  const sloppy = (results.get('post-sloppy') ?? []).map((m) => `${m.level}: ${m.message}`).join('\n');
  expect(sloppy).toMatch(/error: The excerpt has 9 characters; write at least 50/);
  expect(sloppy).toMatch(/error: "javascript:alert\(1\)" is not an allowed link/);
  expect(sloppy).toMatch(/warning: "Über ketamin.html" cannot be a web address here.*"uber-ketamin-html"/);
  const citation = (results.get('citation-sloppy') ?? []).map((m) => `${m.level}: ${m.message}`).join('\n');
  expect(citation).toMatch(/error: Add at least one author/);
  expect(citation).toMatch(/warning: Store the bare DOI "10.1000\/abc"/);
});
