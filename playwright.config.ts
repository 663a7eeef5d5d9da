import { defineConfig, devices } from '@playwright/test';

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

const SEED_PORT = 3100;
const DATASET_PORT = 3101;
const SANITY_PORT = 3102;
/** The local query endpoint standing in for the Content Lake (tests/fixtures/query-server.ts). */
export const QUERY_ENDPOINT_PORT = 3199;
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
      testMatch: /seed\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${SEED_PORT}` },
    },
    {
      name: 'dataset',
      testMatch: /dataset\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${DATASET_PORT}` },
    },
    {
      // The same dataset read through the real Sanity client (NEXT_PUBLIC_SANITY_PROJECT_ID set,
      // SANITY_API_HOST pointing at the query endpoint): the site must behave the same.
      name: 'sanity',
      testMatch: /dataset\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: `http://127.0.0.1:${SANITY_PORT}` },
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
      command: `node --import tsx tests/fixtures/serve-query-endpoint.ts tests/fixtures/e2e-dataset.ndjson ${QUERY_ENDPOINT_PORT}`,
      url: `http://127.0.0.1:${QUERY_ENDPOINT_PORT}/v2025-02-19/data/query/production?query=1`,
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
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
