import { documentFindings } from '@/lib/editorial/documents';
import { formatPath } from '@/lib/editorial/findings';
import { SEED_POST_ID, seedDoc, seedDocuments } from '../fixtures/datasets';

const summary = (findings: ReturnType<typeof documentFindings>) => findings.map((f) => `${f.level} ${formatPath(f.path)}`);

it('the seed: no errors; the post has its two warnings, the other documents none', () => {
  for (const doc of seedDocuments()) {
    const expected = doc._id === SEED_POST_ID ? ['warning body', 'warning reviewedBy'] : [];
    expect({ id: doc._id, findings: summary(documentFindings(doc, { today: '2025-11-26' })) }).toEqual({ id: doc._id, findings: expected });
  }
});

it('a post reviewed by someone without a clinical credential: an error on reviewedBy', () => {
  const post = { ...seedDoc(SEED_POST_ID), reviewedBy: { _type: 'reference', _ref: 'author-sam' }, lastReviewedAt: '2025-10-01' };
  expect(summary(documentFindings(post, { today: '2025-11-26', reviewer: { name: 'Sam Lee', credentials: ['MBA'] } }))).toEqual([
    'warning body',
    'error reviewedBy',
  ]);
  expect(summary(documentFindings(post, { today: '2025-11-26', reviewer: { name: 'Ana Ruiz', credentials: ['MD'] } }))).toEqual([
    'warning body',
  ]);
});

it('site settings: a crisis action link outside the policy is an error naming the action', () => {
  const settings = seedDoc('siteSettings');
  (settings.crisisResources as { actions: Array<{ href: string }> }).actions[0].href = 'javascript:call()';
  const [finding] = documentFindings(settings);
  expect(formatPath(finding.path)).toBe('crisisResources.actions[_key=="call988"].href');
  expect(finding.message).toMatch(/^The crisis action "Call 988": "javascript:call\(\)" is not an allowed link/);
});

it('authors and categories: name or title, and a slug the site can serve', () => {
  expect(summary(documentFindings({ _id: 'a', _type: 'author', slug: { current: 'Ana Ruiz' } }))).toEqual(['error name', 'error slug']);
  expect(summary(documentFindings({ _id: 'c', _type: 'category', title: 'Ketamine', slug: { current: 'ketamine' } }))).toEqual([]);
});
