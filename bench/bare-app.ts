/**
 * The framework floor: a bare App Router page (one heading, one paragraph, no client
 * component, no CSS) built with the same Next and React as the site. Whatever Lighthouse charges
 * this page for, the article cannot avoid while it is a hydrated App Router page. Used by the
 * byte budget of `npm test` (scripts/test.sh builds it, playwright.config.ts serves it) and by
 * `npm run bench` (page weight and Lighthouse).
 *
 * Written into .bench/bare-app (gitignored, ignored by tsc and eslint) and built there, so the
 * repository holds no second app; it resolves next and react from the project's node_modules.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ready } from './server';

const DIR = path.resolve('.bench', 'bare-app');

const FILES: Record<string, string> = {
  // Turbopack resolves modules only inside its root: the project root, where node_modules is.
  'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(process.cwd())} }, poweredByHeader: false };\n`,
  'app/layout.jsx': `export const metadata = { title: 'A bare page', description: 'The framework floor of the benchmark.' };
export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  'app/page.jsx': `export default function Page() {
  return (<main><h1>A bare page</h1><p>One heading and one paragraph, rendered by the App Router with nothing else.</p></main>);
}
`,
};

/** Builds the bare app afresh (about 15 s), so it always runs the Next and React installed now. */
export function buildBareApp(): void {
  rmSync(DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
    writeFileSync(path.join(DIR, file), text);
  }
  const built = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], {
    cwd: DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building the bare app failed:\n${(built.stdout + built.stderr).slice(-2000)}`);
}

let builtThisRun = false;

/** `next start` on the bare app (built once per process), ready to answer at http://127.0.0.1:port/. */
export async function startBareApp(port: number): Promise<ChildProcess> {
  if (!builtThisRun) buildBareApp();
  builtThisRun = true;
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  await ready(server, `http://127.0.0.1:${port}/`);
  return server;
}

/**
 * `node --import tsx bench/bare-app.ts` builds it (scripts/test.sh, before the browser tests);
 * `… bare-app.ts serve PORT` serves it for the byte budget (playwright.config.ts), building it first
 * if no build is there, so the browser tests also run on their own.
 */
function main(): void {
  const [mode, port] = process.argv.slice(2);
  if (mode !== 'serve') return buildBareApp();
  if (!port || !/^\d+$/.test(port)) throw new Error('usage: bare-app.ts serve PORT');
  if (!existsSync(path.join(DIR, '.next', 'BUILD_ID'))) buildBareApp();
  const child = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', port, '-H', '127.0.0.1'], {
    cwd: DIR,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

if (process.argv[1] && /bare-app\.ts$/.test(process.argv[1])) main();
