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
