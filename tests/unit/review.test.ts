import {
  isClinicalCredential,
  needsMedicalReview,
  nextReviewDue,
  reviewCutoff,
  reviewDateFindings,
  reviewDueFinding,
  reviewerFinding,
  selfReviewFinding,
} from '@/lib/editorial/review';
import { postFindings } from '@/lib/editorial/documents';
import { splitCredential } from '@/lib/editorial/people';
import { credentialFinding } from '@/lib/editorial/rules';
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

  it('the next review is due twelve months on: the last day the post is out of the "Needs medical review" list', () => {
    expect(nextReviewDue('2025-09-03')).toBe('2026-09-03');
    expect(nextReviewDue('2024-02-29')).toBe('2025-02-28');
    // Every day of three years, leap day and month ends included: the due date is the last day the
    // review is current, and the next day it is not.
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const reviewed = new Date(t).toISOString().slice(0, 10);
      const due = nextReviewDue(reviewed);
      const dayAfter = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect([reviewed, needsMedicalReview({ reviewedBy: { _ref: 'a' }, lastReviewedAt: reviewed }, { today: due })]).toEqual([
        reviewed,
        false,
      ]);
      expect([reviewed, needsMedicalReview({ reviewedBy: { _ref: 'a' }, lastReviewedAt: reviewed }, { today: dayAfter })]).toEqual([
        reviewed,
        true,
      ]);
    }
    expect(nextReviewDue('2023-02-28')).toBe('2024-02-29');
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

describe('Texas licences and credentials typed together', () => {
  it.each(['LCSW-S', 'LMSW', 'LPC-S', 'LPC-Associate', 'LMFT-S', 'LCDC', 'LSSP', 'APRN', 'PMHNP-BC', 'FNP-C', 'PA-C', 'DNP', 'lpc-s'])(
    '%s qualifies',
    (c) => {
      expect(isClinicalCredential(c)).toBe(true);
    },
  );

  it('"BSN, RN" in one tag is two credentials: the reviewer check reads them one by one', () => {
    expect(splitCredential('BSN, RN')).toEqual(['BSN', 'RN']);
    expect(splitCredential('MD; PhD')).toEqual(['MD', 'PhD']);
    expect(splitCredential('LPC/LMFT')).toEqual(['LPC', 'LMFT']);
    expect(splitCredential('LCSW and LCDC')).toEqual(['LCSW', 'LCDC']);
    expect(splitCredential('BSN RN')).toEqual(['BSN', 'RN']);
    expect(splitCredential('PMHNP-BC')).toEqual(['PMHNP-BC']);
    expect(splitCredential('Ph.D.')).toEqual(['Ph.D.']);
    expect(splitCredential('Board certified')).toEqual(['Board certified']);
    expect(reviewerFinding({ name: 'Kim Ray', credentials: ['BSN, RN'] })).toBeUndefined();
    expect(reviewerFinding({ name: 'Kim Ray', credentials: ['BSN, MBA'] })).toBeDefined();
  });

  it('the Studio flags the tag with the fix', () => {
    expect(credentialFinding('BSN, RN')).toEqual({
      level: 'warning',
      message: '"BSN, RN" holds 2 credentials in one tag; the site splits them, and a reviewer\'s licence is checked one by one.',
      suggestion: 'Type each as its own tag: "BSN", "RN".',
    });
    expect(credentialFinding('RN')).toBeUndefined();
  });
});

describe('nobody reviews their own post', () => {
  it('an error on reviewedBy when it names the author, drafts or not', () => {
    expect(selfReviewFinding({ author: { _ref: 'author-a' }, reviewedBy: { _ref: 'author-a' } })).toMatchObject({
      level: 'error',
      path: ['reviewedBy'],
      message: expect.stringMatching(/also named as its medical reviewer/),
    });
    expect(selfReviewFinding({ author: { _ref: 'author-a' }, reviewedBy: { _ref: 'drafts.author-a' } })).toBeDefined();
    expect(selfReviewFinding({ author: { _ref: 'author-a' }, reviewedBy: { _ref: 'author-b' } })).toBeUndefined();
    expect(selfReviewFinding({ author: { _ref: 'author-a' } })).toBeUndefined();
  });

  it('in every post check (Studio and content:check)', () => {
    const post = { _id: 'p', _type: 'post', author: { _ref: 'author-a' }, reviewedBy: { _ref: 'author-a' } };
    expect(
      postFindings(post, { reviewer: { name: 'A', credentials: ['MD'] } }).filter((f) => f.path[0] === 'reviewedBy' && f.level === 'error'),
    ).toHaveLength(1);
  });
});

it('a scheduled post can carry its review: before publication is fine while publication is ahead', () => {
  const scheduled = { publishedAt: '2026-03-01T09:00:00-06:00', reviewedBy: { _ref: 'a' } };
  expect(reviewDateFindings({ ...scheduled, lastReviewedAt: '2026-02-20' }, { today: '2026-02-25' })).toEqual([]);
  // Once it is out, the same date is before publication.
  expect(reviewDateFindings({ ...scheduled, lastReviewedAt: '2026-02-20' }, { today: '2026-03-02' })[0].message).toMatch(
    /before the article was published/,
  );
  // And a review still cannot be in the future.
  expect(reviewDateFindings({ ...scheduled, lastReviewedAt: '2026-02-26' }, { today: '2026-02-25' })[0].message).toMatch(/in the future/);
});
