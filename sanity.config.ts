'use client';
/**
 * The Studio embedded at /studio. projectId and dataset come from sanity/env.ts so the CLI reads
 * the same values.
 */
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { apiVersion, dataset, projectId } from './sanity/env';
import { schemaTypes } from './sanity/schemaTypes';
import { structure } from './sanity/structure';

const singletonTypes = new Set(['siteSettings']);

export default defineConfig({
  basePath: '/studio',
  title: 'Clinic blog',
  projectId: projectId || 'unconfigured',
  dataset,
  schema: {
    types: schemaTypes,
    // The singleton is opened from the desk, never created a second time.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonTypes.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) =>
      singletonTypes.has(schemaType)
        ? actions.filter(({ action }) => action && ['publish', 'discardChanges', 'restore'].includes(action))
        : actions,
  },
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: apiVersion })],
});
