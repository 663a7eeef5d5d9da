/** Ports and secrets of the test servers, shared by playwright.config.ts, scripts/test.sh's values and the specs. */
export const PORTS = {
  seed: 3100,
  dataset: 3101,
  sanity: 3102,
  /** A copy of the dataset build over a copy of its dataset, with the webhook secret set. */
  publish: 3103,
  /** The same, without SANITY_REVALIDATE_SECRET: the webhook must refuse everything. */
  publishNoSecret: 3104,
  /** A copy of the Sanity build reading a query endpoint that can be told to fail or stall. */
  outage: 3105,
  /** A copy of the Sanity build whose API host is a port nothing listens on. */
  outageClosed: 3106,
  /** The build of the hostile content corpus (tests/fixtures/hostile-dataset.ts). */
  hostile: 3107,
  /** A bare App Router page of the same Next (bench/bare-app.ts): the byte budget's floor. */
  bare: 3108,
  closedPort: 3196,
  /** The Content Lake stand-in (tests/fixtures/content-lake.ts) the Sanity build's Studio talks to, over HTTPS. */
  contentLake: 3198,
  faultyEndpoint: 3197,
  queryEndpoint: 3199,
} as const;

export const REVALIDATE_SECRET = 'test-revalidate-secret-0123456789';
/** The Presentation tool's preview secret the query endpoint holds. */
export const PREVIEW_SECRET = 'test-preview-secret';
/**
 * A stand-in read token. scripts/test.sh builds `.next-sanity` with this value so the tests can prove
 * it never reaches a file the browser can download; keep the two in step.
 */
export const DUMMY_READ_TOKEN = 'skTestDummyReadToken0123456789abcdefNEVERPUBLIC';
export const E2E_DATASET = 'tests/fixtures/e2e-dataset.ndjson';
/** The seed, as the Content Lake stand-in starts from it (and goes back to it before each Studio test). */
export const STUDIO_DATASET = 'sanity/seed/production.ndjson';
