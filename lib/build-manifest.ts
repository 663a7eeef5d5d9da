/**
 * What the server reads from its own build at run time: the build directory (next.config.ts's
 * `distDir`) and the prerender manifest, which names the draft-mode cookie's genuine value
 * (`previewModeId`) and every path prerendered (the URL index's starting point before the content
 * source has answered).
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * The site's own one-segment files, which a trust page's route (`/:slug`) must never answer for:
 * what the build prerendered that is not a page (`icon.svg`, `feed.xml`, a `favicon.ico` or
 * `apple-icon.png` placed in app/) and every file at the top of `public/` (a search engine's
 * verification file, `ads.txt`…). `isPage(name)` says whether a one-segment path is a page of the
 * route table. Read once, at the proxy's start: public files and builds change with a deploy.
 */
export function readSiteFiles(dir: string, publicDir: string, isPage: (name: string) => boolean): Set<string> {
  const files = new Set<string>();
  for (const route of readPrerenderManifest(dir)?.routes ?? []) {
    const segments = route.split('/').filter(Boolean);
    if (segments.length === 1 && !isPage(segments[0])) files.add(segments[0]);
  }
  try {
    for (const entry of readdirSync(publicDir, { withFileTypes: true })) if (entry.isFile()) files.add(entry.name);
  } catch {
    // No public/ directory: nothing to add.
  }
  return files;
}
