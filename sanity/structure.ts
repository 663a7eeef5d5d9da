import type { StructureResolver } from 'sanity/structure';
import { DEFAULT_LANGUAGE } from '../lib/i18n/languages';
import { STUDIO_LANGUAGES } from './languages';
import { apiVersion } from './env';
import { reviewCutoff, todayIn } from '../lib/editorial/review';
import { DEFAULT_TIME_ZONE } from '../lib/editorial/dates';
import { PAGE_KIND_TITLES, PAGE_KINDS } from '../lib/content/schema/page';
import { siteSettingsId } from '../lib/content/schema/site-settings';

// Document lists run under the Studio's perspective, where a draft shows under its published _id;
// _originalId still says whether the version listed is a draft.
const IS_DRAFT = '(_id in path("drafts.**") || _originalId in path("drafts.**"))';

/** The Spanish pages' settings (lib/content/schema/site-settings.ts siteSettingsId). */
const SPANISH_SETTINGS_ID = siteSettingsId('es');

/** Posts that need a medical review: no reviewer, no review date, or one older than 12 months. */
export const NEEDS_REVIEW_FILTER = '_type == "post" && (!defined(reviewedBy) || !defined(lastReviewedAt) || lastReviewedAt < $cutoff)';

/**
 * Desk: Posts (all, drafts, published, needing medical review), Pages (by kind), Locations, Authors,
 * Citations, Categories, and
 * Site settings as one document that is opened, never created, duplicated or deleted.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Posts')
        .id('posts')
        .schemaType('post')
        .child(
          S.list()
            .title('Posts')
            .items([
              S.documentTypeListItem('post').title('All posts'),
              ...STUDIO_LANGUAGES.map((language) =>
                S.listItem()
                  .title(`In ${language.title}`)
                  .id(`post-${language.id}`)
                  .schemaType('post')
                  .child(
                    S.documentList()
                      .title(`Posts in ${language.title}`)
                      .apiVersion(apiVersion)
                      .filter('_type == "post" && coalesce(language, $default) == $language')
                      .params({ language: language.id, default: DEFAULT_LANGUAGE })
                      .initialValueTemplates([S.initialValueTemplateItem(`post-${language.id}`)]),
                  ),
              ),
              S.listItem()
                .title('Drafts')
                .id('post-drafts')
                .schemaType('post')
                .child(S.documentList().title('Drafts').apiVersion(apiVersion).filter(`_type == "post" && ${IS_DRAFT}`)),
              S.listItem()
                .title('Published')
                .id('post-published')
                .schemaType('post')
                .child(
                  S.documentList()
                    .title('Published, no unpublished changes')
                    .apiVersion(apiVersion)
                    .filter(`_type == "post" && !${IS_DRAFT}`),
                ),
              S.listItem()
                .title('Needs medical review')
                .id('post-needs-review')
                .schemaType('post')
                // A function, so the cutoff is computed when the pane opens, on the clinic's calendar.
                .child(() =>
                  S.documentList()
                    .title('Needs medical review')
                    .apiVersion(apiVersion)
                    .filter(NEEDS_REVIEW_FILTER)
                    .params({ cutoff: reviewCutoff(todayIn(DEFAULT_TIME_ZONE)) })
                    .defaultOrdering([{ field: 'lastReviewedAt', direction: 'asc' }]),
                ),
            ]),
        ),
      S.listItem()
        .title('Pages')
        .id('pages')
        .schemaType('page')
        .child(
          S.list()
            .title('Pages')
            .items([
              S.documentTypeListItem('page').title('All pages'),
              S.divider(),
              ...PAGE_KINDS.map((kind) =>
                S.listItem()
                  .title(PAGE_KIND_TITLES[kind])
                  .id(`page-${kind}`)
                  .schemaType('page')
                  .child(
                    S.documentList()
                      .title(PAGE_KIND_TITLES[kind])
                      .apiVersion(apiVersion)
                      .filter('_type == "page" && kind == $kind')
                      .params({ kind })
                      .initialValueTemplates([S.initialValueTemplateItem(`page-${kind}`)]),
                  ),
              ),
            ]),
        ),
      S.documentTypeListItem('location').title('Locations'),
      S.documentTypeListItem('author').title('Authors'),
      S.documentTypeListItem('citation').title('Citations'),
      S.documentTypeListItem('category').title('Categories'),
      S.divider(),
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings')),
      S.listItem()
        .title('Site settings (Español)')
        .id(SPANISH_SETTINGS_ID)
        .schemaType('siteSettings')
        .child(
          S.document()
            .schemaType('siteSettings')
            .documentId(SPANISH_SETTINGS_ID)
            .title('Site settings (Español)')
            .initialValueTemplate('siteSettings-es'),
        ),
    ]);
