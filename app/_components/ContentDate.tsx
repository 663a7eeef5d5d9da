import { formatContentDate } from '@/lib/editorial/dates';
import { serverEnv } from '@/lib/env.server';
import type { Language } from '@/lib/i18n/languages';

/**
 * A <time> showing the date in the clinic's time zone, in the page's language ("September 3, 2025",
 * "3 de septiembre de 2025"); the value was validated at the boundary.
 */
export function ContentDate({ value, language }: { value: string; language: Language }) {
  const text = formatContentDate(value, serverEnv.SITE_TIME_ZONE, language);
  if (!text) return null;
  return <time dateTime={value}>{text}</time>;
}
