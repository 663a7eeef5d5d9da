/**
 * Studio configuration: Site settings is a singleton (no create, duplicate or delete anywhere),
 * citations get "Fill from DOI", posts the readability badge, and the "Needs medical review" list
 * selects what it says (its GROQ filter run through groq-js).
 */
// The real package is ESM and loads the whole Studio; these modules only need a hook's name from it.
jest.mock('sanity', () => ({ useDocumentOperation: jest.fn() }));

import { documentOptions as options, withoutSingletonTemplates } from '@/sanity/document';
import { DoiLookupAction } from '@/sanity/actions/DoiLookupAction';
import { ReadabilityBadge } from '@/sanity/badges/ReadabilityBadge';
import { ScheduledBadge } from '@/sanity/badges/ScheduledBadge';
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
const templates = withoutSingletonTemplates as unknown as (t: Array<{ schemaType: string }>) => Array<{ schemaType: string }>;

const builtIn: Action[] = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'].map((action) => ({ action }));

describe('Site settings is a singleton', () => {
  it('can be published, its edits discarded or an old version restored; never duplicated, deleted or unpublished', () => {
    expect(documentOptions.actions(builtIn, { schemaType: 'siteSettings' }).map((a) => a.action)).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ]);
  });

  it('is offered nowhere as a new document', () => {
    const options = ['post', 'author', 'siteSettings'].map((templateId) => ({ templateId }));
    expect(documentOptions.newDocumentOptions(options, {}).map((o) => o.templateId)).toEqual(['post', 'author']);
    expect(templates([{ schemaType: 'post' }, { schemaType: 'siteSettings' }])).toEqual([{ schemaType: 'post' }]);
  });
});

it('citations get "Fill from DOI"; other types keep their actions', () => {
  expect(documentOptions.actions(builtIn, { schemaType: 'citation' })).toEqual([...builtIn, DoiLookupAction]);
  expect(documentOptions.actions(builtIn, { schemaType: 'post' })).toEqual(builtIn);
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
});

it('a post dated ahead says "Scheduled for …" in its badge and in lists; one that is out says its date', () => {
  const badge = ScheduledBadge as unknown as (p: unknown) => { label: string; title: string } | null;
  const ahead = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
  const day = new Date(ahead).toLocaleDateString('en-US', { timeZone: 'America/Chicago', dateStyle: 'long' });
  expect(badge({ draft: { publishedAt: ahead }, published: null })).toEqual({
    label: `Scheduled for ${day}`,
    color: 'primary',
    title: expect.stringMatching(/shows this post from .* on\. The Content Lake's public API still serves it/),
  });
  expect(badge({ draft: null, published: seedDoc(SEED_POST_ID) })).toBeNull();
  expect(publicationLabel(ahead, 'America/Chicago')).toBe(`Scheduled for ${day}`);
  expect(publicationLabel('2025-09-03T09:00:00-05:00', 'America/Chicago')).toBe('September 3, 2025');
  expect(publicationLabel(undefined, 'America/Chicago')).toBe('not dated');
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
