import 'server-only';
import { getLinkedPages, getSiteChrome } from '../content';
import { pageForRole } from '../content/schema/page';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { href } from '../routes';
import { siteNameOf } from '../editorial/site';
import { serverEnv } from '../env.server';
import { publisherLogoUrl, type SiteIdentity } from './jsonld';
import { absoluteUrl, siteOrigin } from './urls';

/** Who publishes the site, for the metadata, JSON-LD and feeds of one language's pages. */
export async function getSiteIdentity(language: Language = DEFAULT_LANGUAGE): Promise<SiteIdentity> {
  const [{ settings }, pages] = await Promise.all([getSiteChrome(language), getLinkedPages(language)]);
  const origin = siteOrigin();
  const pageUrl = (page: { slug: string } | undefined) =>
    page ? absoluteUrl(href('trustPage', { slug: page.slug }, language), origin) : undefined;
  return {
    origin,
    siteName: siteNameOf(settings),
    description: settings.description,
    organization: settings.organization,
    logoUrl: publisherLogoUrl(settings.organization, origin),
    policies: {
      publishingPrinciples: pageUrl(pageForRole(pages, 'principles')),
      correctionsPolicy: pageUrl(pageForRole(pages, 'corrections')),
    },
    timeZone: serverEnv.SITE_TIME_ZONE,
    language,
  };
}
