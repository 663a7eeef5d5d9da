/**
 * Time limits of Content Lake requests, and the webhook's size limit; a module of its own (no imports)
 * so tests, sources and next.config.ts import it without the client.
 */

/**
 * A query gives up after about ten seconds in all, so an outage never hangs a render: 4.5 s per
 * attempt, one retry (network errors, 429, 502, 503) after half a second. Pages already generated
 * keep being served meanwhile; a failed revalidation keeps the last good page.
 */
export const SANITY_TIMEOUT_MS = 4_500;
export const SANITY_MAX_RETRIES = 1;
export const SANITY_RETRY_DELAY_MS = 500;
/** The longest a query can take before it fails: every attempt timing out, plus the waits between. */
export const SANITY_GIVE_UP_MS = SANITY_TIMEOUT_MS * (SANITY_MAX_RETRIES + 1) + SANITY_RETRY_DELAY_MS * SANITY_MAX_RETRIES;

/** The largest webhook body accepted (lib/content/revalidate.ts); next.config.ts caps the proxy's copy of a body by it. */
export const WEBHOOK_MAX_BYTES = 64 * 1024;
