'use client';
/**
 * The Studio embedded at /studio. projectId and dataset come from sanity/env.ts so the CLI reads
 * the same values.
 */
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { DoiLookupAction } from './sanity/actions/DoiLookupAction';
import { ReadabilityBadge } from './sanity/badges/ReadabilityBadge';
import { apiVersion, dataset, projectId } from './sanity/env';
import { schemaTypes } from './sanity/schemaTypes';
import { structure } from './sanity/structure';

/** Types with exactly one document, opened from the desk: never created, duplicated or deleted. */
const singletonTypes = new Set(['siteSettings']);
/** What a singleton may still do: publish its edits, discard them, restore an earlier version. */
const singletonActions = new Set(['publish', 'discardChanges', 'restore']);

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
    actions: (actions, { schemaType }) => {
      if (singletonTypes.has(schemaType)) return actions.filter(({ action }) => action && singletonActions.has(action));
      if (schemaType === 'citation') return [...actions, DoiLookupAction];
      return actions;
    },
    badges: (badges, { schemaType }) => (schemaType === 'post' ? [...badges, ReadabilityBadge] : badges),
    // No "create new" entry for a singleton anywhere (global menu, desk panes, references).
    newDocumentOptions: (options) => options.filter(({ templateId }) => !singletonTypes.has(templateId)),
  },
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: apiVersion })],
});
