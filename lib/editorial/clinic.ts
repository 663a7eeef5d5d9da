/**
 * Clinic facts as readers and search engines need them: a phone number as a link, opening hours as
 * words and as schema.org's specification. Nothing here is invented: what the clinic has not set is
 * left out by the callers.
 */
import { dictionary } from '../i18n/dictionary';
import type { Language } from '../i18n/languages';

/** "(210) 555-0100" → "tel:+12105550100"; a ten-digit number is taken as North American. Null when it is not a phone number. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

export const WEEK_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const DAY_NAMES: Record<WeekDay, string> = {
  Mo: 'Monday',
  Tu: 'Tuesday',
  We: 'Wednesday',
  Th: 'Thursday',
  Fr: 'Friday',
  Sa: 'Saturday',
  Su: 'Sunday',
};

export interface OpeningHours {
  days: WeekDay[];
  /** "HH:MM", 24-hour clock. */
  opens: string;
  closes: string;
}

export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with one entry of opening hours, for the Studio and the site alike; undefined when nothing. */
export function hoursProblem(hours: { opens?: unknown; closes?: unknown }): string | undefined {
  for (const [field, value] of [
    ['opens', hours.opens],
    ['closes', hours.closes],
  ] as const) {
    if (typeof value !== 'string' || !TIME_PATTERN.test(value)) return `"${field}" must be a time such as 09:00 or 17:30`;
  }
  return (hours.opens as string) < (hours.closes as string) ? undefined : 'closes before it opens';
}

/** A phone number as the site keeps it: the text, and its `tel:` link when one can dial it. */
export function phoneProblem(phone: string): string | undefined {
  return telHref(phone) ? undefined : `"${phone}" is not a number a phone can dial; shown without a link`;
}

/**
 * "09:00" → "9 a.m.", "17:30" → "5:30 p.m.", "12:00" → "noon" (AP style, as US clinics write it);
 * in Spanish "9 a. m.", "5:30 p. m.", "mediodía".
 */
export function formatTime(time: string, language: Language = 'en'): string {
  const words = dictionary(language).clinic;
  const [h, m] = time.split(':').map(Number);
  if (h === 12 && m === 0) return words.noon;
  if (h === 0 && m === 0) return words.midnight;
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`} ${h < 12 ? words.am : words.pm}`;
}

/**
 * "Monday–Friday", "Saturday", "Monday, Wednesday and Friday": consecutive days as a range; in
 * Spanish "lunes a viernes", "lunes, miércoles y viernes".
 */
export function formatDays(days: readonly WeekDay[], language: Language = 'en'): string {
  const words = dictionary(language).clinic;
  const sorted = WEEK_DAYS.filter((d) => days.includes(d));
  const runs: WeekDay[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && WEEK_DAYS.indexOf(day) === WEEK_DAYS.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  const parts = runs.map((run) =>
    run.length >= 3 ? words.dayRange(words.days[run[0]], words.days[run.at(-1)!]) : run.map((d) => words.days[d]).join(', '),
  );
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${words.and} ${parts.at(-1)}`;
}

/** schema.org's day names for openingHoursSpecification.dayOfWeek. */
export function schemaDay(day: WeekDay): string {
  return `https://schema.org/${DAY_NAMES[day]}`;
}
