/**
 * Medical review: who may review (a clinician), when (not in the future, not before publication), and
 * when a post needs review again (no reviewer, or the last review more than 12 months ago).
 */
import { calendarDay, DEFAULT_TIME_ZONE } from './dates';
import type { Finding } from './findings';
import { formatAuthorName, splitCredentials } from './people';

/**
 * The one list of credentials that qualify an author to review medical content: physicians,
 * nurse practitioners and nurses, pharmacists, psychologists and licensed therapists. Compared
 * without dots, spaces or case ("Ph.D." is PhD); a board suffix is allowed ("PMHNP-BC").
 */
const CLINICAL_CREDENTIALS: readonly string[] = [
  'MD',
  'DO',
  'MBBS',
  'PMHNP',
  'PMHNP-BC',
  'NP',
  'APRN',
  'FNP',
  'FNP-C',
  'DNP',
  'CNS',
  'RN',
  'PA',
  'PA-C',
  'PharmD',
  'PhD',
  'PsyD',
  // Texas behavioural-health licences: social work, counselling, family therapy, chemical dependency,
  // school psychology; "-S" is the supervisor's licence, LPC-Associate the pre-independent one.
  'LCSW',
  'LCSW-S',
  'LMSW',
  'LICSW',
  'LPC',
  'LPC-S',
  'LPC-Associate',
  'LPCC',
  'LMHC',
  'LMFT',
  'LMFT-S',
  'LCDC',
  'LSSP',
];

const canonical = (credential: string) => credential.toUpperCase().replace(/[.\s]/g, '');
const CLINICAL = new Set(CLINICAL_CREDENTIALS.map(canonical));

export function isClinicalCredential(credential: unknown): boolean {
  if (typeof credential !== 'string') return false;
  const c = canonical(credential);
  return CLINICAL.has(c) || CLINICAL.has(c.replace(/-(?:BC|C)$/, ''));
}

/** How long a medical review stays current. */
const REVIEW_INTERVAL_MONTHS = 12;

/** A calendar day moved by whole months; a day the month lacks becomes its last (29 February ± a year → 28 February). */
function shiftMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1 + months, d));
  if (shifted.getUTCDate() !== d) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

/** The oldest review date that is still current on `today` ("2025-09-03" → "2024-09-03"). */
export function reviewCutoff(today: string): string {
  return shiftMonths(today, -REVIEW_INTERVAL_MONTHS);
}

/**
 * The last day a review of `reviewedDay` ("YYYY-MM-DD") stays current: the day the next one is due
 * ("2025-09-03" → "2026-09-03"). The inverse of reviewCutoff, so the Studio's "Needs medical review"
 * list and the date readers see agree.
 */
export function nextReviewDue(reviewedDay: string): string {
  let due = shiftMonths(reviewedDay, REVIEW_INTERVAL_MONTHS);
  // Month ends: a review of 28 February 2023 is still current on 29 February 2024.
  for (let next = nextDay(due); reviewCutoff(next) <= reviewedDay; next = nextDay(next)) due = next;
  return due;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Today's date on the clinic's clock. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return calendarDay(now.toISOString(), timeZone) as string;
}

export interface ReviewerLike {
  name?: unknown;
  credentials?: unknown;
}

/** Error: the reviewer named is not a clinician. Undefined when there is no reviewer or they are one. */
export function reviewerFinding(reviewer: ReviewerLike | null | undefined): Finding | undefined {
  if (!reviewer) return undefined;
  const credentials = Array.isArray(reviewer.credentials) ? splitCredentials(reviewer.credentials) : [];
  if (credentials.some(isClinicalCredential)) return undefined;
  const name =
    typeof reviewer.name === 'string' && reviewer.name.trim() ? formatAuthorName({ name: reviewer.name, credentials }) : 'The reviewer';
  return {
    level: 'error',
    path: ['reviewedBy'],
    message: `${name} has no clinical credential, so cannot be named as the medical reviewer.`,
    suggestion: `Choose a reviewer whose author profile lists one of ${CLINICAL_CREDENTIALS.join(', ')}, or add their credential to their profile.`,
  };
}

const refId = (value: unknown) => {
  const ref = (value as { _ref?: unknown } | null | undefined)?._ref;
  return typeof ref === 'string' ? ref : undefined;
};

/** Whether the reviewer is the author: the same document, draft or published. */
export function isSelfReview(authorId: string | undefined, reviewerId: string | undefined): boolean {
  const bare = (id: string | undefined) => id?.replace(/^drafts\./, '');
  return !!authorId && bare(authorId) === bare(reviewerId);
}

/** Error: the post's author is named as its medical reviewer. A review is a second clinician's check. */
export function selfReviewFinding(post: { author?: unknown; reviewedBy?: unknown; [field: string]: unknown }): Finding | undefined {
  if (!isSelfReview(refId(post.author), refId(post.reviewedBy))) return undefined;
  return {
    level: 'error',
    path: ['reviewedBy'],
    message: 'The author of this article is also named as its medical reviewer; nobody can review their own writing.',
    suggestion: 'Ask another clinician to review it and choose them under "Medically reviewed by", or clear the field.',
  };
}

export interface ReviewDates {
  publishedAt?: unknown;
  updatedAt?: unknown;
  reviewedBy?: unknown;
  lastReviewedAt?: unknown;
  /** A document carries more fields than the rules read. */
  [field: string]: unknown;
}

export interface ReviewOptions {
  /** "YYYY-MM-DD" on the clinic's clock; defaults to today in `timeZone`. */
  today?: string;
  timeZone?: string;
}

/** Errors on the review and update dates: in the future, before publication, a date with no reviewer. */
export function reviewDateFindings(post: ReviewDates, options: ReviewOptions = {}): Finding[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const today = options.today ?? todayIn(timeZone);
  const findings: Finding[] = [];
  const published = calendarDay(post.publishedAt, timeZone);
  const reviewed = calendarDay(post.lastReviewedAt, timeZone);
  if (post.lastReviewedAt !== undefined && post.lastReviewedAt !== null && !reviewed) {
    findings.push({
      level: 'error',
      path: ['lastReviewedAt'],
      message: `"${String(post.lastReviewedAt)}" is not a date.`,
      suggestion: 'Pick the date from the calendar.',
    });
  }
  if (reviewed && reviewed > today) {
    findings.push({
      level: 'error',
      path: ['lastReviewedAt'],
      message: `The medical review date ${reviewed} is in the future.`,
      suggestion: 'Enter the date the review actually took place.',
    });
  }
  // A scheduled post (published after today) is reviewed before it goes out: only a post already out
  // must have been reviewed on or after its publication day.
  if (reviewed && published && published <= today && reviewed < published) {
    findings.push({
      level: 'error',
      path: ['lastReviewedAt'],
      message: `The medical review date ${reviewed} is before the article was published (${published}).`,
      suggestion: 'Review the published text, then enter that date.',
    });
  }
  if (reviewed && !post.reviewedBy) {
    findings.push({
      level: 'error',
      path: ['lastReviewedAt'],
      message: 'A review date is set but no reviewer is named.',
      suggestion: 'Choose the clinician who reviewed it under "Medically reviewed by".',
    });
  }
  const updated = calendarDay(post.updatedAt, timeZone);
  if (
    post.updatedAt &&
    published &&
    typeof post.updatedAt === 'string' &&
    typeof post.publishedAt === 'string' &&
    Date.parse(post.updatedAt) < Date.parse(post.publishedAt)
  ) {
    findings.push({
      level: 'error',
      path: ['updatedAt'],
      message: `The last update (${updated}) is earlier than the publication date (${published}).`,
      suggestion: 'Set it to the day the medical content changed, or clear it.',
    });
  }
  return findings;
}

/** True when a post has no reviewer, no review date, or a review older than 12 months. */
export function needsMedicalReview(post: ReviewDates, options: ReviewOptions = {}): boolean {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const today = options.today ?? todayIn(timeZone);
  const reviewed = calendarDay(post.lastReviewedAt, timeZone);
  return !post.reviewedBy || !reviewed || reviewed < reviewCutoff(today);
}

/** Warning: the post needs a (new) medical review. */
export function reviewDueFinding(post: ReviewDates, options: ReviewOptions = {}): Finding | undefined {
  if (!needsMedicalReview(post, options)) return undefined;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const reviewed = calendarDay(post.lastReviewedAt, timeZone);
  if (!post.reviewedBy) {
    return {
      level: 'warning',
      path: ['reviewedBy'],
      message: 'No clinician is named as the medical reviewer of this article.',
      suggestion: 'Ask a clinician (MD, PMHNP, LCSW…) to review it, then set "Medically reviewed by" and "Last medical review".',
    };
  }
  return {
    level: 'warning',
    path: ['lastReviewedAt'],
    message: reviewed
      ? `The last medical review (${reviewed}) is more than ${REVIEW_INTERVAL_MONTHS} months old.`
      : 'The reviewer is named but the review date is missing.',
    suggestion: 'Have the article reviewed again and set the new date.',
  };
}
