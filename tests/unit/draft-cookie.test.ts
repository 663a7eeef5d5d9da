/**
 * Whether a draft-mode cookie is genuine (lib/security/draft-cookie.ts): only the build's own
 * previewModeId, read from its prerender-manifest.json.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distDir } from '@/lib/build-manifest';
import { isGenuineDraftCookie, readPreviewModeId } from '@/lib/security/draft-cookie';

describe('the draft-mode cookie', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'draft-cookie-'));
  const id = 'a3f1c2d4e5b6a7980f1e2d3c4b5a6978';
  writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ version: 4, routes: {}, preview: { previewModeId: id } }));

  it('is genuine only when it is the build’s previewModeId', () => {
    const buildId = readPreviewModeId(dir);
    expect(buildId).toBe(id);
    expect(isGenuineDraftCookie(id, buildId)).toBe(true);
    for (const forged of ['', 'forged', id.toUpperCase(), `${id}x`, id.slice(1)]) expect(isGenuineDraftCookie(forged, buildId)).toBe(false);
  });

  it('is never genuine when the build has no readable manifest', () => {
    expect(readPreviewModeId(path.join(dir, 'missing'))).toBeNull();
    const broken = mkdtempSync(path.join(tmpdir(), 'draft-cookie-'));
    writeFileSync(path.join(broken, 'prerender-manifest.json'), '{ not json');
    expect(readPreviewModeId(broken)).toBeNull();
    expect(isGenuineDraftCookie(id, null)).toBe(false);
  });

  it('is looked up in the build directory next.config.ts uses', () => {
    expect(distDir({})).toBe('.next');
    expect(distDir({ NEXT_DIST_DIR: '.next-e2e' })).toBe('.next-e2e');
  });
});
