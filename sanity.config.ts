'use client';
/**
 * The Studio embedded at /studio. projectId and dataset come from sanity/env.ts so the CLI reads
 * the same values.
 */
import { documentInternationalization } from '@sanity/document-internationalization';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { structureTool } from 'sanity/structure';
import { documentOptions, studioTemplates } from './sanity/document';
import { nonPagePaths } from './lib/routes';
import { apiVersion, dataset, projectId, studioApiHost } from './sanity/env';
import { presentationOptions } from './sanity/presentation';
import { schemaTypes } from './sanity/schemaTypes';
import { STUDIO_LANGUAGES, TRANSLATED_TYPES } from './sanity/languages';
import { structure } from './sanity/structure';

export default defineConfig({
  basePath: nonPagePaths.studio.path,
  title: 'Clinic blog',
  projectId: projectId || 'unconfigured',
  dataset,
  ...(studioApiHost ? { apiHost: studioApiHost } : {}),
  schema: { types: schemaTypes, templates: studioTemplates },
  document: documentOptions,
  plugins: [
    structureTool({ structure }),
    // Posts, categories and pages in English and Spanish, linked as translations (a
    // `translation.metadata` document per group): the Translations menu on each document.
    documentInternationalization({
      supportedLanguages: STUDIO_LANGUAGES,
      schemaTypes: [...TRANSLATED_TYPES],
      languageField: 'language',
      apiVersion,
    }),
    presentationTool(presentationOptions),
    visionTool({ defaultApiVersion: apiVersion }),
  ],
});
