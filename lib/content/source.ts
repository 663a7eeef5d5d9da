/**
 * Which content source this server reads, decided once from the environment (docs/ARCHITECTURE.md
 * "Environment"): the Content Lake when a project is set, else the local dataset. Pages read it through
 * Next's data cache (lib/content/index.ts); the proxy's index of existing URLs reads it fresh
 * (lib/content/url-index.ts).
 */
import 'server-only';
import path from 'node:path';
import { publicEnv } from '../env';
import { serverEnv } from '../env.server';
import { SEED_DATASET } from './dataset';
import { createSiteClient } from './sanity-client';
import { createFreshSource, createLocalSource, createSanitySource, type ContentSource } from './sources';

/**
 * The local dataset path: LOCAL_DATASET at run time, else the one the build used (inlined by
 * next.config.ts), else the seed.
 */
export function localDatasetPath(): string {
  return path.resolve(serverEnv.LOCAL_DATASET || process.env.BUILD_LOCAL_DATASET || SEED_DATASET);
}

function publishedClient() {
  const projectId = publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID;
  if (!projectId) return null;
  return createSiteClient({
    projectId,
    dataset: publicEnv.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: publicEnv.NEXT_PUBLIC_SANITY_API_VERSION,
    apiHost: serverEnv.SANITY_API_HOST,
    // A private dataset answers only with a token; the published perspective still keeps drafts out.
    token: serverEnv.SANITY_API_READ_TOKEN,
  });
}

/**
 * The published content. `cached`: the Content Lake's answers go through Next's data cache under
 * their tags (pages); `fresh`: every query asks again (the URL index, which runs outside a render).
 * The local dataset answers from memory either way, re-read when its file changes.
 */
export function createPublishedSource(fetching: 'cached' | 'fresh'): ContentSource {
  const client = publishedClient();
  if (!client) return createLocalSource(localDatasetPath());
  return fetching === 'cached' ? createSanitySource(client) : createFreshSource(client);
}
