import 'server-only';
import { getSiteChrome } from '../content';
import { siteNameOf } from '../editorial/site';
import { serverEnv } from '../env.server';
import type { SiteIdentity } from './jsonld';
import { siteOrigin } from './urls';

/** Who publishes the site, for metadata, JSON-LD and feeds. */
export async function getSiteIdentity(): Promise<SiteIdentity> {
  const { settings } = await getSiteChrome();
  return {
    origin: siteOrigin(),
    siteName: siteNameOf(settings),
    description: settings.description,
    organization: settings.organization,
    timeZone: serverEnv.SITE_TIME_ZONE,
  };
}
