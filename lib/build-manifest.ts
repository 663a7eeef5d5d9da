/**
 * What the server reads from its own build at run time: the build directory (next.config.ts's
 * `distDir`) and the prerender manifest, which names the draft-mode cookie's genuine value
 * (`previewModeId`) and every path prerendered (the URL index's starting point before the content
 * source has answered).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The build directory: next.config.ts's `distDir` and the files the server reads from it at run time. */
export function distDir(env: Record<string, string | undefined> = process.env): string {
  return env.NEXT_DIST_DIR || '.next';
}

export interface PrerenderManifest {
  previewModeId: string | null;
  /** The paths prerendered by the build ("/blog/x", "/page/2", …). */
  routes: string[];
}

/** The build's prerender-manifest.json; null when it cannot be read (no build, or `next dev`). */
export function readPrerenderManifest(dir: string): PrerenderManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'prerender-manifest.json'), 'utf8')) as {
      preview?: { previewModeId?: unknown };
      routes?: unknown;
    };
    const id = manifest.preview?.previewModeId;
    const routes = manifest.routes && typeof manifest.routes === 'object' ? Object.keys(manifest.routes) : [];
    return { previewModeId: typeof id === 'string' && id.length > 0 ? id : null, routes };
  } catch {
    return null;
  }
}
