/** Servers for the benchmarks: `next start` on a build, and waiting until something answers. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Resolves once `url` answers below 500; fails if the server exits or `ms` pass first. */
export async function waitFor(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

/**
 * `next start` on the build in NEXT_DIST_DIR (default .next), on 127.0.0.1:port, ready to answer;
 * `env` adds to or overrides this process's environment.
 */
export async function startNext(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  await ready(server, `http://127.0.0.1:${port}/`);
  return server;
}

/** Waits until a server just spawned answers; stops it if it never does, so no stray keeps the port. */
export async function ready(server: ChildProcess, url: string): Promise<void> {
  try {
    await waitFor(url, server);
  } catch (error) {
    await stop(server);
    throw error;
  }
}

/** SIGTERM, and resolves once the process has exited (SIGKILL after 5 s), so its port is free again. */
export async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
