import { defineConfig, devices } from '@playwright/test';
import { DUMMY_READ_TOKEN, E2E_DATASET, PORTS, PREVIEW_SECRET, REVALIDATE_SECRET, STUDIO_DATASET } from './tests/e2e/servers';

/**
 * Browser tests against production builds: the seed build (".next") and a second build from a
 * dataset of hostile and broken documents (".next-e2e"). scripts/test.sh builds both first.
 * Debian's Chromium is used; Playwright never downloads a browser here.
 */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const SEED_PORT = PORTS.seed;
const DATASET_PORT = PORTS.dataset;
const SANITY_PORT = PORTS.sanity;
/** The local query endpoint standing in for the Content Lake (tests/fixtures/query-server.ts). */
const QUERY_ENDPOINT_PORT = PORTS.queryEndpoint;
const env = { NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_SITE_URL: 'http://localhost:3000' };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: { launchOptions: chromium, trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'seed',
      testMatch: /(seed|security|unknown-urls)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${SEED_PORT}` },
    },
    {
      name: 'dataset',
      testMatch: /(dataset|spanish)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${DATASET_PORT}` },
    },
    {
      // The same dataset read through the real Sanity client (NEXT_PUBLIC_SANITY_PROJECT_ID set,
      // SANITY_API_HOST pointing at the query endpoint): the site must behave the same.
      name: 'sanity',
      testMatch: /(dataset|spanish)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${SANITY_PORT}` },
    },
    {
      // The hostile content corpus, built into its own site.
      name: 'hostile',
      testMatch: /hostile\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${PORTS.hostile}` },
    },
    {
      // The Studio of the Sanity build, driven as the clinic's staff use it, against the Content Lake
      // stand-in (HTTPS with a certificate made at start, hence ignoreHTTPSErrors). Wide enough that
      // the document pane sits beside the lists, as on a writer's laptop.
      name: 'studio',
      testMatch: /studio\.spec\.ts/,
      timeout: 120_000,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromium,
        baseURL: `http://127.0.0.1:${SANITY_PORT}`,
        ignoreHTTPSErrors: true,
        viewport: { width: 1600, height: 1000 },
      },
    },
    {
      // Publishing and preview: signed webhooks against copies of the dataset build, draft mode
      // against the Sanity build. Runs last: it edits its own copies of the content.
      name: 'publish',
      testMatch: /(publish|outage|flood)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${PORTS.publish}` },
    },
  ],
  webServer: [
    {
      command: `npx next start -p ${SEED_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SEED_PORT}/`,
      env,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${DATASET_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${DATASET_PORT}/`,
      // The dataset build read tests/fixtures/e2e-dataset.ndjson; the server reads what the build read.
      env: { ...env, NEXT_DIST_DIR: '.next-e2e' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx tests/fixtures/serve-query-endpoint.ts ${E2E_DATASET} ${QUERY_ENDPOINT_PORT}`,
      url: `http://127.0.0.1:${QUERY_ENDPOINT_PORT}/v2025-02-19/data/query/production?query=1`,
      // Drafts need the read token, as on the Content Lake; the preview secret is the Presentation tool's.
      env: { QUERY_ENDPOINT_TOKEN: DUMMY_READ_TOKEN, QUERY_ENDPOINT_PREVIEW_SECRET: PREVIEW_SECRET },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The Content Lake stand-in the Sanity build's Studio talks to (NEXT_PUBLIC_SANITY_STUDIO_API_HOST in scripts/test.sh).
      command: `node --import tsx tests/fixtures/serve-content-lake.ts ${STUDIO_DATASET} ${PORTS.contentLake}`,
      url: `https://127.0.0.1:${PORTS.contentLake}/v2025-02-19/users/me`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx next start -p ${SANITY_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SANITY_PORT}/`,
      env: {
        ...env,
        NEXT_DIST_DIR: '.next-sanity',
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'offline',
        SANITY_API_HOST: `http://127.0.0.1:${QUERY_ENDPOINT_PORT}`,
        SANITY_API_READ_TOKEN: DUMMY_READ_TOKEN,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${PORTS.hostile} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORTS.hostile}/`,
      env: { ...env, NEXT_DIST_DIR: '.next-hostile' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The framework floor of the byte budget (scripts/test.sh builds it afresh first).
      command: `node --import tsx bench/bare-app.ts serve ${PORTS.bare}`,
      url: `http://127.0.0.1:${PORTS.bare}/`,
      env,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node --import tsx tests/fixtures/serve-query-endpoint.ts ${E2E_DATASET} ${PORTS.faultyEndpoint}`,
      url: `http://127.0.0.1:${PORTS.faultyEndpoint}/v2025-02-19/data/query/production?query=1`,
      env: { QUERY_ENDPOINT_FAULTS: '1' },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(
      [
        [PORTS.outage, PORTS.faultyEndpoint],
        [PORTS.outageClosed, PORTS.closedPort],
      ] as const
    ).map(([port, apiPort]) => ({
      command: `node --import tsx tests/fixtures/serve-site-copy.ts .next-sanity ${E2E_DATASET} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      env: {
        ...env,
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'offline',
        SANITY_API_HOST: `http://127.0.0.1:${apiPort}`,
        SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
        // The stand-in read token: the outage tests search the logs for it.
        SANITY_API_READ_TOKEN: DUMMY_READ_TOKEN,
      },
      reuseExistingServer: false,
      timeout: 120_000,
    })),
    ...(
      [
        [PORTS.publish, { SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET }],
        [PORTS.publishNoSecret, { SANITY_REVALIDATE_SECRET: '' }],
      ] as const
    ).map(([port, extra]) => ({
      command: `node --import tsx tests/fixtures/serve-site-copy.ts .next-e2e ${E2E_DATASET} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      env: { ...env, ...extra },
      reuseExistingServer: false,
      timeout: 120_000,
    })),
  ],
});
