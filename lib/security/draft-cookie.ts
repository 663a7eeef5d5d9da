/**
 * Next's draft-mode cookie, and whether one is genuine (docs/ARCHITECTURE.md "Unknown URLs"). Next
 * sets `__prerender_bypass` to the build's `previewModeId` when draft mode is switched on, and treats
 * any other value as no draft mode at all. proxy.ts checks the value before a request may take the
 * dynamic preview path: a cookie anyone can type must not turn a static page into a render.
 */
import { timingSafeEqual } from 'node:crypto';
import { readPrerenderManifest } from '../build-manifest';

/** The cookie's name; the preview router and next.config.ts's headers read it from here too. */
export const DRAFT_COOKIE = '__prerender_bypass';

/** The build's previewModeId, from its prerender-manifest.json; null when it cannot be read. */
export function readPreviewModeId(dir: string): string | null {
  return readPrerenderManifest(dir)?.previewModeId ?? null;
}

/** Whether a cookie value is the build's previewModeId (compared in constant time). */
export function isGenuineDraftCookie(value: string, previewModeId: string | null): boolean {
  if (!previewModeId) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(previewModeId);
  return a.length === b.length && timingSafeEqual(a, b);
}
