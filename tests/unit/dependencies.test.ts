/**
 * Known-vulnerable versions stay out of the installed tree. The registry here has no audit
 * endpoint, so the advisories that concerned this project are written down (README, "Dependencies")
 * and checked against the lockfile: a regenerated lock cannot bring them back unnoticed.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

/** Every installed copy of a package: its path in node_modules and its version. */
function installed(name: string): Array<[string, string]> {
  return Object.entries(lock.packages)
    .filter(([where]) => where === `node_modules/${name}` || where.endsWith(`/node_modules/${name}`))
    .map(([where, entry]) => [where, entry.version ?? '']);
}

it.each([
  // Prototype pollution through YAML merge keys ("<<"), fixed in 3.14.2 and 4.1.1.
  ['js-yaml', '>=3.14.2 <4 || >=4.1.1'],
  // The 0.5 line that Sanity CLI 5 brought; CLI 8 takes 0.6.
  ['adm-zip', '>=0.6.0'],
])('every installed %s is %s', (name, safe) => {
  const copies = installed(name);
  // Still in the tree (a row for a package that has left it fails: remove the row then).
  expect(copies.length).toBeGreaterThan(0);
  expect(copies.filter(([, version]) => !semver.satisfies(version, safe))).toEqual([]);
});
