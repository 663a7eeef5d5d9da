import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { EnvError, parseEnv, publicEnvSchema, serverEnvSchema, siteOriginProblem } from './lib/env';
import { nonPagePaths } from './lib/routes';
import { siteCsp, studioCsp } from './lib/security/csp';
import { distDir } from './lib/build-manifest';
import { WEBHOOK_MAX_BYTES } from './lib/content/limits';
import { DRAFT_COOKIE } from './lib/security/draft-cookie';
import { assertSupportedNode } from './scripts/node-version';

// Every next dev, build and start: a Node older than package.json's "engines" stops here, with why.
assertSupportedNode();

const isDev = process.env.NODE_ENV === 'development';

const commonHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
];

/**
 * Draft mode gets its own route tree (app/preview), so the preview banner and the Presentation
 * tool's overlays are in no chunk an ordinary visitor downloads. proxy.ts rewrites a request with a
 * genuine draft-mode cookie there and gives it a nonce policy; these headers leave the static policy
 * out whenever the cookie is present, and the proxy puts it back when the cookie is not genuine.
 */
const DRAFT_COOKIE_PRESENT = { type: 'cookie' as const, key: DRAFT_COOKIE };
const STUDIO = nonPagePaths.studio.path;
// Everything but the Studio, which has its own policy.
const NOT_STUDIO = `/((?!${STUDIO.slice(1)}(?:/|$)).*)`;

/** The site's own parse of the environment (lib/env.ts): an invalid value stops here, with its message. */
function parsedEnv() {
  try {
    return parseEnv(publicEnvSchema.extend(serverEnvSchema.shape), process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

type Env = ReturnType<typeof parsedEnv>;

const nextConfig: NextConfig = {
  // Tests build the site for a second dataset beside the first one.
  distDir: distDir(),
  // A self-contained server for Node hosts (README, "Deploy"): NEXT_OUTPUT=standalone npm run build.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // The stylesheet (about 3 kB gzip) goes into each page's <head> instead of a separate request.
    // A reader on a slow connection sees the article one round trip sooner, and on a slow phone the
    // first paint no longer waits for the hydration scripts (bench/RESULTS.md, section 4: first
    // paint 1.5 s → 1.0 s with Lighthouse's mobile throttling applied). Readers mostly arrive
    // from a search result on one article, so a cached stylesheet would rarely be reused anyway.
    inlineCss: true,
    // One root layout per language (app/(site), app/(es)/es): a URL no route matches gets its own
    // complete page, app/global-not-found.tsx.
    globalNotFound: true,
    // Turbopack merges chunks under 100 kB (raw) instead of 50 kB: every page then fetches the
    // framework in 8 scripts instead of 9, and 778 B less gzip JavaScript, because one chunk
    // compresses better than two (bench/RESULTS.md, "JavaScript per chunk"). Experimental too: the
    // byte budget in npm test fails if an upgrade drops it.
    turbopackChunking: { minChunkSize: 100_000 },
    // Next copies the body of every request proxy.ts matches (10 MB by default), whether or not the
    // proxy reads it. Only the webhook's body is read there, and it is refused above 64 KiB: one byte
    // more is enough for the route to see an oversized body as such (413).
    proxyClientMaxBodySize: WEBHOOK_MAX_BYTES + 1,
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
  },
  async headers() {
    // The Studio's API host (a stand-in in tests) is allowed by its policy; the variable is inlined at build.
    const studioPolicy = { key: 'Content-Security-Policy', value: studioCsp(parsedEnv().NEXT_PUBLIC_SANITY_STUDIO_API_HOST) };
    return [
      { source: NOT_STUDIO, headers: commonHeaders },
      // Draft mode (the cookie) gets a per-response nonce policy from proxy.ts instead of this one.
      {
        source: NOT_STUDIO,
        missing: [DRAFT_COOKIE_PRESENT],
        headers: [{ key: 'Content-Security-Policy', value: siteCsp(isDev) }],
      },
      { source: STUDIO, headers: [...commonHeaders, studioPolicy] },
      { source: `${STUDIO}/:path*`, headers: [...commonHeaders, studioPolicy] },
    ];
  },
};

/**
 * Before a production build that reads the Content Lake, one query proves the API answers. If it
 * does not, the build stops with one line naming the host and the variables to check, instead of a
 * stack trace from the middle of static generation.
 */
async function assertContentLakeReachable(env: Env): Promise<void> {
  const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID;
  if (!projectId) return;
  const dataset = env.NEXT_PUBLIC_SANITY_DATASET;
  const version = env.NEXT_PUBLIC_SANITY_API_VERSION;
  const override = env.SANITY_API_HOST;
  const origin = (override || `https://${projectId}.api.sanity.io`).replace(/\/+$/, '');
  const url = `${origin}/v${version}/data/query/${encodeURIComponent(dataset)}?query=${encodeURIComponent('count(*[_type == "post"][0...1])')}`;
  let cause: string | undefined;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok)
      cause = `HTTP ${res.status}${res.status === 404 ? ' (no such project or dataset)' : res.status === 401 || res.status === 403 ? ' (the dataset is private)' : ''}`;
  } catch (error) {
    const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    cause = e.name === 'TimeoutError' ? 'no answer within 10 s' : (e.cause?.code ?? e.cause?.message ?? e.message ?? String(error));
  }
  if (cause === undefined) return;
  const variables = override ? 'SANITY_API_HOST and NEXT_PUBLIC_SANITY_PROJECT_ID' : 'NEXT_PUBLIC_SANITY_PROJECT_ID';
  console.error(
    `Build stopped: the Sanity API at ${new URL(origin).host} (dataset "${dataset}") cannot be reached: ${cause}. ` +
      `Check the network and ${variables}, or unset NEXT_PUBLIC_SANITY_PROJECT_ID to build from the embedded dataset.`,
  );
  process.exit(1);
}

/**
 * Canonicals, the sitemap, robots.txt, feeds, Open Graph and JSON-LD carry the origin the build was
 * given. A production build with none, or a local one, says so on one line (a laptop build still
 * works); the standalone build, the deploy recipe, refuses it.
 */
function checkSiteOrigin(): void {
  const problem = siteOriginProblem(process.env.NEXT_PUBLIC_SITE_URL);
  if (!problem) return;
  const what = `${problem}: every canonical, the sitemap, robots.txt, the feeds, Open Graph and JSON-LD of this build point there, not to the clinic's site.`;
  const fix = 'Set NEXT_PUBLIC_SITE_URL to the public origin (e.g. https://clinic.example) and build again.';
  if (process.env.NEXT_OUTPUT === 'standalone') {
    console.error(`Build stopped: ${what} ${fix}`);
    process.exit(1);
  }
  // Next loads this file again in its build workers, which inherit the environment: one line per build.
  if (process.env.SITE_ORIGIN_WARNED) return;
  process.env.SITE_ORIGIN_WARNED = '1';
  console.warn(`\n⚠ NOT FOR DEPLOYMENT: ${what} ${fix}\n`);
}

export default async function config(phase: string): Promise<NextConfig> {
  const env = parsedEnv();
  if (phase === PHASE_PRODUCTION_BUILD) {
    checkSiteOrigin();
    await assertContentLakeReachable(env);
  }
  return {
    ...nextConfig,
    env: {
      // The dataset the build read is the one the server reads later, unless LOCAL_DATASET is set again.
      BUILD_LOCAL_DATASET: env.LOCAL_DATASET ? path.resolve(env.LOCAL_DATASET) : '',
    },
  };
}
