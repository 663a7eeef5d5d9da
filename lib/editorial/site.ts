/** The site's name when siteSettings gives none: plain, never a made-up clinic. */
export const DEFAULT_SITE_NAME = 'Clinic blog';

/** The name shown in the header, titles, feeds and structured data. */
export function siteNameOf(settings: { title?: string; organization?: { name?: string } }): string {
  return settings.title ?? settings.organization?.name ?? DEFAULT_SITE_NAME;
}
