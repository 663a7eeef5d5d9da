import {
  isClinicalCredential,
  needsMedicalReview,
  reviewCutoff,
  reviewDateFindings,
  reviewDueFinding,
  reviewerFinding,
} from '@/lib/editorial/review';
import { calendarDay } from '@/lib/editorial/dates';

const today = '2025-11-26';
const published = '2025-09-03T09:00:00-05:00';

describe('the reviewer must be a clinician', () => {
  it.each(['MD', 'DO', 'PMHNP', 'PMHNP-BC', 'NP', 'PhD', 'Ph.D.', 'PsyD', 'LCSW', 'LPC', 'RN', 'rn', 'M.D.'])('%s qualifies', (c) => {
    expect(isClinicalCredential(c)).toBe(true);
  });

  it.each(['BSN', 'MBA', 'BA', 'CEO', '', 'Manager'])('%s does not', (c) => {
    expect(isClinicalCredential(c)).toBe(false);
  });

  it('error on reviewedBy naming the person, with the list of credentials that qualify', () => {
    const finding = reviewerFinding({ name: 'Sam Lee', credentials: ['MBA'] });
    expect(finding).toMatchObject({ level: 'error', path: ['reviewedBy'] });
    expect(finding?.message).toBe('Sam Lee, MBA has no clinical credential, so cannot be named as the medical reviewer.');
    expect(finding?.suggestion).toMatch(/MD, DO, .*PsyD, LCSW/);
    expect(reviewerFinding({ name: 'Katie Coon', credentials: ['BSN', 'RN'] })).toBeUndefined();
    expect(reviewerFinding({ name: 'No Credentials' })).toBeDefined();
  });
});

describe('review dates', () => {
  const reviewed = (lastReviewedAt: string, extra = {}) =>
    reviewDateFindings({ publishedAt: published, reviewedBy: { _ref: 'a' }, lastReviewedAt, ...extra }, { today });

  it('a date between publication and today is fine, publication day included', () => {
    expect(reviewed('2025-10-01')).toEqual([]);
    expect(reviewed('2025-09-03')).toEqual([]);
    expect(reviewed(today)).toEqual([]);
  });

  it('not in the future', () => {
    expect(reviewed('2025-11-27')).toEqual([
      expect.objectContaining({
        level: 'error',
        path: ['lastReviewedAt'],
        message: 'The medical review date 2025-11-27 is in the future.',
      }),
    ]);
  });

  it('not before publication, compared on the clinic calendar', () => {
    expect(reviewed('2025-09-02')[0].message).toBe('The medical review date 2025-09-02 is before the article was published (2025-09-03).');
    // 02:00 UTC on 4 September is still 3 September in San Antonio.
    expect(reviewed('2025-09-03', { publishedAt: '2025-09-04T02:00:00Z' })).toEqual([]);
  });

  it('a review date needs a reviewer; a broken date is named', () => {
    expect(reviewDateFindings({ publishedAt: published, lastReviewedAt: '2025-10-01' }, { today })[0].message).toMatch(
      /no reviewer is named/,
    );
    expect(reviewDateFindings({ publishedAt: published, reviewedBy: {}, lastReviewedAt: '2025-13-01' }, { today })[0].message).toMatch(
      /"2025-13-01" is not a date/,
    );
  });

  it('an update cannot come before publication', () => {
    expect(reviewDateFindings({ publishedAt: published, updatedAt: '2025-09-01T00:00:00Z' }, { today })).toEqual([
      expect.objectContaining({ level: 'error', path: ['updatedAt'] }),
    ]);
  });
});

describe('needs medical review: no reviewer, or a review older than 12 months', () => {
  it('the cutoff is twelve months back, on the calendar', () => {
    expect(reviewCutoff('2025-11-26')).toBe('2024-11-26');
    expect(reviewCutoff('2024-02-29')).toBe('2023-02-28');
  });

  it.each([
    [{}, true],
    [{ reviewedBy: { _ref: 'a' } }, true],
    [{ reviewedBy: { _ref: 'a' }, lastReviewedAt: '2024-11-25' }, true],
    [{ reviewedBy: { _ref: 'a' }, lastReviewedAt: '2024-11-26' }, false],
    [{ reviewedBy: { _ref: 'a' }, lastReviewedAt: '2025-10-01' }, false],
  ])('%j → %s', (post, expected) => {
    expect(needsMedicalReview(post, { today })).toBe(expected);
  });

  it('a warning that says what to do', () => {
    expect(reviewDueFinding({}, { today })).toMatchObject({ level: 'warning', path: ['reviewedBy'] });
    expect(reviewDueFinding({ reviewedBy: { _ref: 'a' }, lastReviewedAt: '2024-01-05' }, { today })?.message).toBe(
      'The last medical review (2024-01-05) is more than 12 months old.',
    );
  });
});

it('calendarDay reads an instant on the clinic clock and a date as itself', () => {
  expect(calendarDay('2025-09-03', 'America/Chicago')).toBe('2025-09-03');
  expect(calendarDay('2025-09-04T02:00:00Z', 'America/Chicago')).toBe('2025-09-03');
  expect(calendarDay('not a date', 'America/Chicago')).toBeUndefined();
});
