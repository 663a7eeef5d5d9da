import 'server-only';
import { getSiteChrome } from '../content';
import { siteNameOf } from '../editorial/site';
import { serverEnv } from '../env.server';
import { publisherLogoUrl, type SiteIdentity } from './jsonld';
import { siteOrigin } from './urls';

/** Who publishes the site, for metadata, JSON-LD and feeds. */
export async function getSiteIdentity(): Promise<SiteIdentity> {
  const { settings } = await getSiteChrome();
  const origin = siteOrigin();
  return {
    origin,
    siteName: siteNameOf(settings),
    description: settings.description,
    organization: settings.organization,
    logoUrl: publisherLogoUrl(settings.organization, origin),
    timeZone: serverEnv.SITE_TIME_ZONE,
  };
}
