/**
 * Draft mode (preview) on the server: whether this request is a preview, and the client that reads
 * drafts with the server-only token. Public responses never touch any of this.
 */
import 'server-only';
import { draftMode } from 'next/headers';
import { cache } from 'react';
import type { SanityClient } from 'next-sanity';
import { publicEnv } from '../env';
import { serverEnv } from '../env.server';
import { createSiteClient } from './sanity-client';

/**
 * False outside a request (build, generateStaticParams) and for every ordinary visitor. Read once per
 * request (React cache), however many queries the page makes.
 */
export const isDraftMode = cache(async (): Promise<boolean> => {
  try {
    return (await draftMode()).isEnabled;
  } catch {
    return false;
  }
});

/**
 * The drafts-reading client, or null when preview is not configured (no project or no read token):
 * then the enable route answers 404 and draft mode cannot be switched on.
 */
export function previewClient(): SanityClient | null {
  const projectId = publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID;
  const token = serverEnv.SANITY_API_READ_TOKEN;
  if (!projectId || !token) return null;
  return createSiteClient({
    projectId,
    dataset: publicEnv.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: publicEnv.NEXT_PUBLIC_SANITY_API_VERSION,
    apiHost: serverEnv.SANITY_API_HOST,
  }).withConfig({ token, perspective: 'drafts', useCdn: false });
}
