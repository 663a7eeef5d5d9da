/**
 * Dates as the clinic shows them. A date-time with an offset is shown in the clinic's time zone; a date
 * stored without a time ("2025-09-03") is a calendar date and never shifts by a day.
 */
import { tzOffset } from '@date-fns/tz';
import type { Language } from '../i18n/languages';

/** San Antonio; SITE_TIME_ZONE overrides it. */
export const DEFAULT_TIME_ZONE = 'America/Chicago';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

function isRealCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** True for "2025-09-03" and "2025-09-03T09:00:00-05:00" (real dates and times only). */
export function isValidContentDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return isRealCalendarDate(+dateOnly[1], +dateOnly[2], +dateOnly[3]);
  const dt = DATE_TIME.exec(value);
  if (!dt) return false;
  const [hh, mm, ss] = [+dt[4], +dt[5], dt[6] ? +dt[6] : 0];
  if (hh > 23 || mm > 59 || ss > 59) return false;
  if (dt[7] && dt[7] !== 'Z') {
    const [oh, om] = dt[7].slice(1).split(':').map(Number);
    if (oh > 14 || om > 59) return false;
  }
  return isRealCalendarDate(+dt[1], +dt[2], +dt[3]) && !Number.isNaN(Date.parse(value));
}

/** The locale each language's dates are written in: "September 3, 2025", "3 de septiembre de 2025". */
const DATE_LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

// Building an Intl.DateTimeFormat costs far more than using one: keep one per time zone, language and purpose.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'long' | 'offset', timeZone: string, language: Language = 'en'): Intl.DateTimeFormat {
  const key = `${kind}\u0000${timeZone}\u0000${language}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === 'long'
        ? new Intl.DateTimeFormat(DATE_LOCALES[language], { timeZone, year: 'numeric', month: 'long', day: 'numeric' })
        : new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(key, f);
  }
  return f;
}

/** "September 3, 2025" ("3 de septiembre de 2025"). Returns undefined for anything that is not a valid content date. */
export function formatContentDate(value: string, timeZone: string, language: Language = 'en'): string | undefined {
  if (!isValidContentDate(value)) return undefined;
  const dt = DATE_TIME.exec(value);
  if (dt && dt[7]) {
    // An instant: show the calendar day it falls on in the clinic's time zone.
    return formatter('long', timeZone, language).format(new Date(value));
  }
  // A calendar date, or a wall-clock time without an offset: the stored day is the day shown.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return formatter('long', 'UTC', language).format(Date.UTC(y, m - 1, d));
}

/** How far the wall clock of `timeZone` is ahead of UTC at the instant `utcMillis`, in milliseconds (whole seconds). */
function zoneOffsetMillis(utcMillis: number, timeZone: string): number {
  // Intl throws for an unknown zone or an invalid instant; tzOffset would answer NaN, or guess from the zone's name.
  const offsetName = formatter('offset', timeZone);
  if (Number.isNaN(utcMillis)) throw new RangeError('Invalid time value');
  const at = new Date(utcMillis);
  let minutes = tzOffset(timeZone, at);
  // tzOffset loses the sign of an offset between -1 h and 0 ("GMT-00:44:30", Monrovia until 1972).
  if (minutes > 0 && minutes < 60 && offsetName.format(at).includes('GMT-')) minutes = -minutes;
  return Math.round(minutes * 60) * 1000;
}

/**
 * The instant a content date stands for, on the clock readers see: an instant with an offset is
 * itself; a calendar date is its midnight, and a time without an offset its wall-clock time, in the
 * clinic's time zone. Used to order posts, so the order matches the dates printed beside them.
 */
export function contentDateMillis(value: string, timeZone: string): number {
  const dt = DATE_TIME.exec(value);
  if (dt && dt[7]) return Date.parse(value);
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const [hh, mm, ss] = dt ? [+dt[4], +dt[5], dt[6] ? +dt[6] : 0] : [0, 0, 0];
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss);
  // Two passes settle the offset across a daylight-saving change. TZDate is not used here: it places
  // a skipped or repeated wall time differently, and by the host's own time zone.
  const first = wall - zoneOffsetMillis(wall, timeZone);
  return wall - zoneOffsetMillis(first, timeZone);
}

function twoDigits(n: number): string {
  return String(Math.trunc(n)).padStart(2, '0');
}

/**
 * The calendar day ("2025-09-03") a content date falls on in `timeZone`: a date-only value is itself,
 * an instant is the day the clinic's clock shows. Undefined for anything that is not a content date.
 */
export function calendarDay(value: unknown, timeZone: string): string | undefined {
  if (!isValidContentDate(value)) return undefined;
  const dt = DATE_TIME.exec(value);
  if (!dt || !dt[7]) return value.slice(0, 10);
  const at = Date.parse(value);
  const wall = new Date(at + zoneOffsetMillis(at, timeZone));
  return `${wall.getUTCFullYear()}-${twoDigits(wall.getUTCMonth() + 1)}-${twoDigits(wall.getUTCDate())}`;
}

/**
 * An ISO 8601 date-time with its offset, as structured data and feeds want it: an instant keeps its
 * own offset; a calendar date becomes its midnight, and a wall-clock time that time, in `timeZone`
 * ("2025-09-03" → "2025-09-03T00:00:00-05:00"). Undefined for anything that is not a content date.
 */
export function isoDateTime(value: unknown, timeZone: string): string | undefined {
  if (!isValidContentDate(value)) return undefined;
  const dt = DATE_TIME.exec(value);
  if (dt && dt[7]) {
    const seconds = dt[6] ?? '00';
    const offset = dt[7] === 'Z' ? '+00:00' : dt[7];
    return `${dt[1]}-${dt[2]}-${dt[3]}T${dt[4]}:${dt[5]}:${seconds}${offset}`;
  }
  const millis = contentDateMillis(value, timeZone);
  const offsetMinutes = Math.round(zoneOffsetMillis(millis, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const wall = value.length === 10 ? `${value}T00:00:00` : `${value.slice(0, 16)}:${dt?.[6] ?? '00'}`;
  return `${wall}${sign}${twoDigits(abs / 60)}:${twoDigits(abs % 60)}`;
}

/**
 * "September 3, 2025", or "Scheduled for March 1, 2027" while the date is ahead (the site shows a post
 * only from its publication date on), or "not dated". The Studio's lists and badge read it.
 */
export function publicationLabel(date: unknown, timeZone: string, now = Date.now()): string {
  const day = typeof date === 'string' ? formatContentDate(date, timeZone) : undefined;
  if (!day) return 'not dated';
  return isAhead(date, timeZone, now) ? `Scheduled for ${day}` : day;
}

/** A readable publication date still ahead of `now`: the site hides the post until then. */
export function isAhead(date: unknown, timeZone: string, now = Date.now()): date is string {
  return typeof date === 'string' && !!formatContentDate(date, timeZone) && contentDateMillis(date, timeZone) > now;
}
