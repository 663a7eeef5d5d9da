/**
 * Studio and CLI configuration, in a plain module that both sanity.config.ts ('use client') and
 * sanity.cli.ts can import. NEXT_PUBLIC_* is inlined by Next; SANITY_STUDIO_* is read by the CLI.
 */
export const projectId =
  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID || '';
export const dataset =
  process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET || 'production';
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-02-19';

/** The Studio needs a real project; without one /studio explains how to connect it. */
export const isStudioConfigured = /^[a-z0-9-]+$/.test(projectId);
