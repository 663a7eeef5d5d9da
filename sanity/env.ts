/**
 * Studio and CLI configuration, in a plain module that both sanity.config.ts ('use client') and
 * sanity.cli.ts can import, checked by the site's own rules (lib/env.ts). NEXT_PUBLIC_* is inlined
 * by Next (so read literally); SANITY_STUDIO_* is what the Sanity CLI sets, read as a fallback.
 */
import { parseEnv, publicEnvSchema } from '../lib/env';

const env = parseEnv(publicEnvSchema, {
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  NEXT_PUBLIC_SANITY_STUDIO_API_HOST: process.env.NEXT_PUBLIC_SANITY_STUDIO_API_HOST,
});

export const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID ?? '';
export const dataset = env.NEXT_PUBLIC_SANITY_DATASET;
export const apiVersion = env.NEXT_PUBLIC_SANITY_API_VERSION;
/** Unset: Sanity's own API. Set only to reach a stand-in (the Studio's browser tests). */
export const studioApiHost = env.NEXT_PUBLIC_SANITY_STUDIO_API_HOST;

/** The Studio needs a real project; without one /studio explains how to connect it. */
export const isStudioConfigured = projectId !== '';
