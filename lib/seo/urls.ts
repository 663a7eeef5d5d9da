/** Absolute URLs from NEXT_PUBLIC_SITE_URL: canonicals, JSON-LD, sitemap and feeds all agree. */
import { publicEnv } from '../env';

export function siteOrigin(): string {
  return new URL(publicEnv.NEXT_PUBLIC_SITE_URL).origin;
}

export function absoluteUrl(path: string, origin = siteOrigin()): string {
  return new URL(path, `${origin}/`).toString();
}
