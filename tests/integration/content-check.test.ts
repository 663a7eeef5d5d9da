/**
 * `npm run content:check [file]` as editors and CI run it: a child process on fixture datasets,
 * asserting the exit code and that the report names each document, field and suggestion.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { seedDocuments, writeDataset } from '../fixtures/datasets';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const fixture = (name: string) => path.join(ROOT, 'tests', 'fixtures', name);

jest.setTimeout(60_000);

async function contentCheck(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The report block of one document: its heading line up to the next blank line. */
function section(stdout: string, id: string): string {
  const start = stdout.indexOf(`\n${id} (`);
  if (start < 0) throw new Error(`${id} is not in the report:\n${stdout}`);
  const end = stdout.indexOf('\n\n', start + 1);
  return stdout.slice(start + 1, end < 0 ? undefined : end);
}

it('the seed (the default): no errors, exit 0, its two warnings listed', async () => {
  const { code, stdout } = await contentCheck();
  expect(code).toBe(0);
  expect(stdout).toMatch(/^content:check sanity\/seed\/production\.ndjson: 11 document\(s\) checked/);
  expect(stdout).not.toMatch(/^\s+error /m);
  expect(section(stdout, 'post-kap-suicidality')).toBe(
    [
      'post-kap-suicidality (post)',
      '  warning body: The text reads at grade 12.2 (reading ease 34.7); patients read most easily at grade 8 or lower.',
      '          suggestion: Shorten long sentences and use everyday words for medical terms (explain a term once, then use it).',
      '  warning reviewedBy: No clinician is named as the medical reviewer of this article.',
      '          suggestion: Ask a clinician (MD, PMHNP, LCSW…) to review it, then set "Medically reviewed by" and "Last medical review".',
    ].join('\n'),
  );
  expect(stdout).toMatch(/\n0 errors, 2 warnings\.\n?$/);
});

it('"committed suicide", a "guaranteed cure" and no crisis resources: exit 1, each field and suggestion named', async () => {
  const { code, stdout } = await contentCheck(fixture('content-check-unsafe.ndjson'));
  expect(code).toBe(1);
  const report = section(stdout, 'post-unsafe');
  expect(report).toMatch(
    /error +crisisSupport: This article speaks of suicide, self-harm or overdose \("suicide"\).*\n +suggestion: Turn on "Show crisis resources"\./,
  );
  expect(report).toMatch(/warning body\[_key=="u1"\]: "committed suicide" .*\n +suggestion: Write "died by suicide"\./);
  expect(report).toMatch(
    /warning body\[_key=="u2"\]: "guaranteed": no treatment result can be guaranteed\.\n +suggestion: Write "may help"/,
  );
  expect(report).toMatch(/warning body\[_key=="u2"\]: "cure" promises more .*\n +suggestion: Say what the research shows/);
  expect(report).toMatch(/warning title: "guaranteed"/);
  expect(stdout).toMatch(/2 errors, \d+ warnings: fix the errors before publishing\./);
});

it('a Spanish post is read by the Spanish rules: "cometió suicidio", "cura garantizada", INFLESZ', async () => {
  const { code, stdout } = await contentCheck(fixture('content-check-unsafe.ndjson'));
  expect(code).toBe(1);
  const report = section(stdout, 'post-unsafe-es');
  expect(report).toMatch(/error +crisisSupport: This article speaks of suicide, self-harm or overdose \("suicidio" and "suicida"\)/);
  expect(report).toMatch(
    /warning body\[_key=="e1"\]: "cometió suicidio" speaks of suicide as a crime.*\n +suggestion: Write "murió por suicidio"\./,
  );
  expect(report).toMatch(/warning title: "cura" promises more/);
  expect(report).toMatch(/warning title: "garantizada": no treatment result can be guaranteed/);
  expect(report).toMatch(/warning body: The Spanish text scores -?\d+\.\d on the INFLESZ scale \(very hard; Fernández-Huerta/);
  expect(report).not.toMatch(/Flesch-Kincaid|reads at grade/);
});

it('a dangling author, a bad date, a broken citation and a javascript: link: exit 1, each document named', async () => {
  const { code, stdout } = await contentCheck(fixture('content-check-broken.ndjson'));
  expect(code).toBe(1);
  expect(section(stdout, 'post-dangling-author')).toMatch(/error +author: Points to "author-deleted", which is not in the dataset/);
  expect(section(stdout, 'post-bad-date')).toMatch(/error +publishedAt: The site cannot show this post: publishedAt is not a valid date/);
  const citation = section(stdout, 'citation-broken');
  expect(citation).toMatch(/error +authors: Add at least one author/);
  expect(citation).toMatch(/error +year: The year of publication is missing/);
  expect(citation).toMatch(/warning doi: Store the bare DOI.*\n +suggestion: "10\.1000\/abc"/);
  expect(section(stdout, 'post-cites-broken')).toMatch(/citations\[_key=="c1"\]/);
  expect(section(stdout, 'post-javascript-link')).toMatch(
    /error +body\[_key=="j1"\]\.markDefs\[_key=="l1"\]\.href: The link on "our intake form": "javascript:alert\(document\.cookie\)" is not an allowed link/,
  );
  expect(stdout).toMatch(/\n5 errors, /);
});

it('cross-document checks: one published post per slug, one citation per DOI, a malformed line', async () => {
  const seed = seedDocuments();
  const post = seed.find((d) => d._id === 'post-kap-suicidality')!;
  const ballard = seed.find((d) => d._id === 'citation-ballard-2019')!;
  const file = writeDataset([
    ...seed,
    { ...post, _id: 'post-copy', publishedAt: '2025-10-01T09:00:00-05:00' },
    { ...ballard, _id: 'citation-ballard-again', doi: '10.1016/J.BIOPSYCH.2018.08.012' },
  ]);
  writeFileSync(file, readFileSync(file, 'utf8') + '{"_id": "broken", \n');
  const { code, stdout } = await contentCheck(file);
  expect(code).toBe(1);
  expect(section(stdout, 'post-copy')).toMatch(
    /error +slug: "post-kap-suicidality" already uses the slug "how-ketamine-assisted-psychotherapy-helps-reduce-suicidality" and was published first/,
  );
  expect(section(stdout, 'citation-ballard-again')).toMatch(
    /warning doi: Another citation has the same DOI 10\.1016\/j\.biopsych\.2018\.08\.012: citation-ballard-2019\./,
  );
  expect(section(stdout, `line ${seed.length + 3}`)).toMatch(/error +\(document\): This line is not valid JSON/);
});

it('a file that does not exist: exit 1 and a plain message', async () => {
  const { code, stderr } = await contentCheck('no/such/file.ndjson');
  expect(code).toBe(1);
  expect(stderr).toMatch(/content:check: The dataset file .*no\/such\/file\.ndjson does not exist/);
});
