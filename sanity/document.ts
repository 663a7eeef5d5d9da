/**
 * What the Studio offers on each document: Site settings is a singleton (opened from the desk, never
 * created, duplicated or deleted), citations get "Fill from DOI", posts show their readability grade
 * and, while their date is ahead, "Scheduled for …", and their Publish records a changed slug's old one.
 * Kept apart from sanity.config.ts so it can be tested without loading the Studio's plugins.
 */
import type { DocumentPluginOptions, Template } from 'sanity';
import { DoiLookupAction } from './actions/DoiLookupAction';
import { recordPreviousSlug } from './actions/recordPreviousSlug';
import { ReadabilityBadge } from './badges/ReadabilityBadge';
import { ScheduledBadge } from './badges/ScheduledBadge';
import { PAGE_KIND_TITLES, PAGE_KINDS } from '../lib/content/schema/page';

/** Types with exactly one document per language (siteSettings, siteSettings-es). */
const SINGLETON_TYPES: ReadonlySet<string> = new Set(['siteSettings']);
/** The template that makes the Spanish settings when the desk opens them for the first time: never offered as "new". */
const SPANISH_SETTINGS_TEMPLATE = 'siteSettings-es';
const SINGLETON_TEMPLATES: ReadonlySet<string> = new Set([...SINGLETON_TYPES, SPANISH_SETTINGS_TEMPLATE]);
/** What a singleton may still do: publish its edits, discard them, restore an earlier version. */
const SINGLETON_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore']);

/**
 * The "create new" templates: none for a singleton (it cannot be created a second time), and one per
 * kind of page, so a page created from its kind's list has that kind.
 */
export const studioTemplates = (templates: Template[]): Template[] => [
  ...templates.filter(({ schemaType }) => !SINGLETON_TYPES.has(schemaType)),
  ...PAGE_KINDS.map((kind) => ({ id: `page-${kind}`, title: PAGE_KIND_TITLES[kind], schemaType: 'page', value: { kind } })),
  { id: SPANISH_SETTINGS_TEMPLATE, title: 'Site settings (Español)', schemaType: 'siteSettings', value: { language: 'es' } },
];

export const documentOptions: DocumentPluginOptions = {
  actions: (actions, { schemaType }) => {
    if (SINGLETON_TYPES.has(schemaType)) return actions.filter(({ action }) => action && SINGLETON_ACTIONS.has(action));
    if (schemaType === 'citation') return [...actions, DoiLookupAction];
    // A published post whose slug changes keeps its old address (lib/content/redirects.ts).
    if (schemaType === 'post') return actions.map((action) => (action.action === 'publish' ? recordPreviousSlug(action) : action));
    return actions;
  },
  badges: (badges, { schemaType }) => (schemaType === 'post' ? [...badges, ScheduledBadge, ReadabilityBadge] : badges),
  // No "create new" entry for a singleton anywhere (global menu, desk panes, reference inputs).
  newDocumentOptions: (options) => options.filter(({ templateId }) => !SINGLETON_TEMPLATES.has(templateId)),
};
