/**
 * A build against a Content Lake that cannot be reached stops at once with one line naming the host
 * and the variable, not a stack trace from the middle of static generation. Runs the real
 * `next build` (it stops before compiling anything).
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

it('stops a build with one clear line when the Sanity API is unreachable', async () => {
  const port = await closedPort();
  const result = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: '.next-build-outage',
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'offline',
      SANITY_API_HOST: `http://127.0.0.1:${port}`,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).toBe(1);
  const lines = output.split('\n').filter((line) => line.startsWith('Build stopped:'));
  expect(lines).toEqual([
    `Build stopped: the Sanity API at 127.0.0.1:${port} (dataset "production") cannot be reached: ECONNREFUSED. ` +
      'Check the network and SANITY_API_HOST and NEXT_PUBLIC_SANITY_PROJECT_ID, or unset NEXT_PUBLIC_SANITY_PROJECT_ID to build from the embedded dataset.',
  ]);
  expect(output).not.toMatch(/^\s+at /m);
}, 90_000);

describe('the origin cannot go wrong silently', () => {
  const build = (env: Record<string, string | undefined>) => {
    const result = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-build-origin', ...env },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };

  it('the standalone deploy build refuses an unset or local origin, in one line naming the variable', () => {
    for (const origin of [undefined, 'http://localhost:3000', 'http://127.0.0.1:8080']) {
      const { status, output } = build({ NEXT_OUTPUT: 'standalone', NEXT_PUBLIC_SITE_URL: origin });
      expect(status).toBe(1);
      const lines = output.split('\n').filter((line) => line.startsWith('Build stopped:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/NEXT_PUBLIC_SITE_URL is (unset|http:\/\/(localhost|127\.0\.0\.1))/);
      expect(lines[0]).toMatch(/Set NEXT_PUBLIC_SITE_URL to the public origin/);
    }
  }, 120_000);
});
