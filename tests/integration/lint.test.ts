/**
 * The lint step catches a test that cannot fail: a promise in a test that nobody awaits (its
 * assertion would run after the test has passed, or never). ESLint runs with type information, so
 * the probe has to be a real file inside the TypeScript project; it is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Inside tests/e2e like a browser test, but not named *.spec.ts, so Playwright never runs it.
const PROBE = path.join('tests', 'e2e', 'lint-probe.generated.ts');

const PROBE_TEXT = `import { expect, test } from '@playwright/test';

test('the JSON feed parses', async ({ request }) => {
  request.get('/feed.json').then(async (res) => expect(await res.json()).toBeTruthy());
});
`;

interface LintResult {
  messages: Array<{ ruleId: string | null; line: number; message: string }>;
}

it('ESLint refuses a test with a promise nobody awaits', () => {
  writeFileSync(PROBE, PROBE_TEXT);
  try {
    const run = spawnSync(path.resolve('node_modules/.bin/eslint'), ['--format', 'json', PROBE], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as LintResult[];
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['@typescript-eslint/no-floating-promises', 4]]);
  } finally {
    rmSync(PROBE, { force: true });
  }
}, 120_000);
