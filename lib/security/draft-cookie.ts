/**
 * Next's draft-mode cookie, and whether one is genuine (docs/ARCHITECTURE.md "Unknown URLs"). Next
 * sets `__prerender_bypass` to the build's `previewModeId` when draft mode is switched on, and treats
 * any other value as no draft mode at all. proxy.ts checks the value before a request may take the
 * dynamic preview path: a cookie anyone can type must not turn a static page into a render.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DRAFT_COOKIE = '__prerender_bypass';

/** The build directory: next.config.ts's `distDir` and the files the server reads from it at run time. */
export function distDir(env: Record<string, string | undefined> = process.env): string {
  return env.NEXT_DIST_DIR || '.next';
}

/** The build's previewModeId, from its prerender-manifest.json; null when it cannot be read. */
export function readPreviewModeId(dir: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'prerender-manifest.json'), 'utf8')) as {
      preview?: { previewModeId?: unknown };
    };
    const id = manifest.preview?.previewModeId;
    return typeof id === 'string' && id.length > 0 ? id : null;
  } catch {
    return null;
  }
}

/** Whether a cookie value is the build's previewModeId (compared in constant time). */
export function isGenuineDraftCookie(value: string, previewModeId: string | null): boolean {
  if (!previewModeId) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(previewModeId);
  return a.length === b.length && timingSafeEqual(a, b);
}
