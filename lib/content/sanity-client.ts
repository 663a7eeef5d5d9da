/**
 * The Content Lake client, configured once from the environment contract (docs/ARCHITECTURE.md "Fetching"):
 * published perspective set explicitly, no CDN behind on-demand revalidation, bounded time and retries.
 */
import { createClient, type SanityClient } from 'next-sanity';
import { SANITY_MAX_RETRIES, SANITY_RETRY_DELAY_MS, SANITY_TIMEOUT_MS } from './limits';

export { SANITY_GIVE_UP_MS, SANITY_MAX_RETRIES, SANITY_RETRY_DELAY_MS, SANITY_TIMEOUT_MS } from './limits';

export interface SanityClientSettings {
  projectId: string;
  dataset: string;
  apiVersion: string;
  /** e.g. http://127.0.0.1:4010 for the test query endpoint; unset for the real API. */
  apiHost?: string;
  /** Server-only read token: needed when the dataset is private (README, "Embargo"). */
  token?: string;
}

export function createSiteClient(settings: SanityClientSettings): SanityClient {
  return createClient({
    projectId: settings.projectId,
    dataset: settings.dataset,
    apiVersion: settings.apiVersion,
    useCdn: false,
    perspective: 'published',
    timeout: SANITY_TIMEOUT_MS,
    maxRetries: SANITY_MAX_RETRIES,
    retryDelay: () => SANITY_RETRY_DELAY_MS,
    stega: false,
    ...(settings.token ? { token: settings.token } : {}),
    ...(settings.apiHost ? { apiHost: settings.apiHost, useProjectHostname: false } : {}),
  });
}
