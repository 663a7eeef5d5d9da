/**
 * Studio configuration: Site settings is a singleton (no create, duplicate or delete anywhere),
 * citations get "Fill from DOI", posts the readability badge, and the "Needs medical review" list
 * selects what it says (its GROQ filter run through groq-js).
 */
// The real package is ESM and loads the whole Studio; these modules only need a hook's name from it.
jest.mock('sanity', () => ({ useDocumentOperation: jest.fn() }));

import { documentOptions as options, studioTemplates } from '@/sanity/document';
import { PAGE_KINDS } from '@/lib/content/schema/page';
import { DoiLookupAction } from '@/sanity/actions/DoiLookupAction';
import { ReadabilityBadge } from '@/sanity/badges/ReadabilityBadge';
import { ScheduledBadge, scheduleBadge } from '@/sanity/badges/ScheduledBadge';
import { publicationLabel } from '@/lib/editorial/dates';
import { NEEDS_REVIEW_FILTER } from '@/sanity/structure';
import { queryDocuments, type RawDocument } from '@/lib/content/dataset';
import { reviewCutoff } from '@/lib/editorial/review';
import { SEED_POST_ID, seedDoc } from '../fixtures/datasets';

type Action = { action?: string };
interface DocumentOptions {
  actions: (prev: Action[], ctx: { schemaType: string }) => Action[];
  badges: (prev: unknown[], ctx: { schemaType: string }) => unknown[];
  newDocumentOptions: (prev: Array<{ templateId: string }>, ctx: unknown) => Array<{ templateId: string }>;
}
// The resolvers are called as the Studio calls them, with only what they read.
const documentOptions = options as unknown as DocumentOptions;
const templates = studioTemplates as unknown as (t: Array<{ schemaType: string }>) => Array<{ schemaType: string }>;

const builtIn: Action[] = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'].map((action) => ({ action }));

describe('Site settings is a singleton', () => {
  it('can be published, its edits discarded or an old version restored; never duplicated, deleted or unpublished', () => {
    expect(documentOptions.actions(builtIn, { schemaType: 'siteSettings' }).map((a) => a.action)).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ]);
  });

  it('is offered nowhere as a new document; the Spanish one has a template only for the desk to open it with', () => {
    const options = ['post', 'author', 'siteSettings', 'siteSettings-es', 'post-es'].map((templateId) => ({ templateId }));
    expect(documentOptions.newDocumentOptions(options, {}).map((o) => o.templateId)).toEqual(['post', 'author', 'post-es']);
    expect(templates([{ schemaType: 'post' }, { schemaType: 'siteSettings' }]).filter((t) => t.schemaType !== 'page')).toEqual([
      { schemaType: 'post' },
      { id: 'siteSettings-es', title: 'Site settings (Español)', schemaType: 'siteSettings', value: { language: 'es' } },
    ]);
  });
});

it('a page created from its kind’s list starts with that kind', () => {
  const pageTemplates = templates([]).filter((t) => t.schemaType === 'page') as unknown as Array<{
    id: string;
    schemaType: string;
    value: { kind: string };
  }>;
  expect(pageTemplates.map((t) => t.id)).toEqual(PAGE_KINDS.map((kind) => `page-${kind}`));
  for (const t of pageTemplates) expect(t).toMatchObject({ schemaType: 'page', value: { kind: t.id.replace('page-', '') } });
});

it('citations get "Fill from DOI"; other types keep their actions', () => {
  expect(documentOptions.actions(builtIn, { schemaType: 'citation' })).toEqual([...builtIn, DoiLookupAction]);
  expect(documentOptions.actions(builtIn, { schemaType: 'author' })).toEqual(builtIn);
});

it('a post’s Publish is the Studio’s own, wrapped to record a changed slug; its other actions are unchanged', () => {
  const actions = documentOptions.actions(builtIn, { schemaType: 'post' });
  expect(actions.map((a) => a.action)).toEqual(builtIn.map((a) => a.action));
  expect(actions[0]).not.toBe(builtIn[0]);
  expect(actions.slice(1)).toEqual(builtIn.slice(1));
});

it('posts show their readability grade as a badge', () => {
  expect(documentOptions.badges([], { schemaType: 'post' })).toEqual([ScheduledBadge, ReadabilityBadge]);
  expect(documentOptions.badges([], { schemaType: 'author' })).toEqual([]);
  const seed = seedDoc(SEED_POST_ID);
  const badge = (ReadabilityBadge as unknown as (p: unknown) => { label: string; color: string; title: string })({
    draft: null,
    published: seed,
  });
  expect(badge).toEqual({
    label: 'Grade 12.2',
    color: 'warning',
    title: expect.stringMatching(/reading ease 34\.7.*Aim for grade 8 or lower/),
  });
  // Very short sentences score below grade 1, even below 0: the badge never shows "Grade -0.3".
  const simple = {
    ...seed,
    body: [
      {
        _type: 'block',
        _key: 'b',
        style: 'normal',
        markDefs: [],
        children: [{ _type: 'span', _key: 's', text: 'I am sad. It is bad. I can get help.', marks: [] }],
      },
    ],
  };
  expect(
    (ReadabilityBadge as unknown as (p: unknown) => { label: string; color: string })({ draft: simple, published: seed }),
  ).toMatchObject({
    label: 'Grade 1 or lower',
    color: 'success',
  });
});

it('a Spanish post’s badge reads INFLESZ, the Spanish scale (green at 55, "normal", or higher)', () => {
  const text = (t: string) => [
    { _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: t, marks: [] }] },
  ];
  const badge = (doc: unknown) =>
    (ReadabilityBadge as unknown as (p: unknown) => { label: string; color: string; title: string })({ draft: doc, published: null });
  expect(badge({ _id: 'p', _type: 'post', language: 'es', body: text('La ketamina puede ayudar. Hable con su médico hoy.') })).toEqual({
    label: expect.stringMatching(/^INFLESZ \d+\.\d · (?:normal|fairly easy|very easy)$/),
    color: 'success',
    title: expect.stringMatching(/Fernández-Huerta .*Aim for INFLESZ 55 \("normal"\) or higher\.$/),
  });
  const dense =
    'La administración intravenosa de ketamina en dosis subanestésicas produce una disminución significativa de la ideación suicida en pacientes con depresión resistente al tratamiento farmacológico convencional.';
  expect(badge({ _id: 'p', _type: 'post', language: 'es', body: text(dense) })).toMatchObject({
    color: 'warning',
    label: expect.stringMatching(/very hard$/),
  });
});

describe('the schedule badge: the published version says what readers see, the draft what publishing would do', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const ahead = '2027-03-01T09:00:00-06:00';
  const past = '2025-09-03T09:00:00-05:00';

  it('published and dated ahead: "Scheduled for …", hidden until then', () => {
    expect(scheduleBadge(null, { publishedAt: ahead }, now)).toMatchObject({
      label: 'Scheduled for March 1, 2027',
      color: 'primary',
      title: expect.stringMatching(/hidden on the site until March 1, 2027.*public API serves a published document/),
    });
  });

  it('a draft that would move a live post ahead warns that publishing hides it', () => {
    expect(scheduleBadge({ publishedAt: ahead }, { publishedAt: past }, now)).toMatchObject({
      label: 'Publishing hides it until March 1, 2027',
      color: 'warning',
    });
  });

  it('a draft never published: it goes out at that moment once published', () => {
    expect(scheduleBadge({ publishedAt: ahead }, null, now)).toMatchObject({ label: 'Goes out March 1, 2027 once published' });
  });

  it('a live post, or one not dated, has no badge; the list label says the date', () => {
    expect(scheduleBadge(null, seedDoc(SEED_POST_ID), now)).toBeNull();
    expect(scheduleBadge({ publishedAt: past }, { publishedAt: past }, now)).toBeNull();
    expect(scheduleBadge({}, null, now)).toBeNull();
    expect(documentOptions.badges([], { schemaType: 'post' })).toEqual([ScheduledBadge, ReadabilityBadge]);
    expect(publicationLabel(ahead, 'America/Chicago', now)).toBe('Scheduled for March 1, 2027');
    expect(publicationLabel(past, 'America/Chicago', now)).toBe('September 3, 2025');
    expect(publicationLabel(undefined, 'America/Chicago', now)).toBe('not dated');
  });
});

it('"Needs medical review" lists posts with no reviewer, no review date, or a review older than 12 months', async () => {
  const reviewer = { _type: 'reference', _ref: 'author-katie-coon' };
  const posts: RawDocument[] = [
    { ...seedDoc(SEED_POST_ID), _id: 'no-reviewer' },
    { ...seedDoc(SEED_POST_ID), _id: 'no-date', reviewedBy: reviewer },
    { ...seedDoc(SEED_POST_ID), _id: 'stale', reviewedBy: reviewer, lastReviewedAt: '2024-11-25' },
    { ...seedDoc(SEED_POST_ID), _id: 'current', reviewedBy: reviewer, lastReviewedAt: '2025-06-01' },
    { _id: 'author-katie-coon', _type: 'author', name: 'Katie Coon' },
  ];
  const ids = await queryDocuments(posts, `*[${NEEDS_REVIEW_FILTER}]._id`, { cutoff: reviewCutoff('2025-11-26') });
  expect(ids).toEqual(['no-reviewer', 'no-date', 'stale']);
});
