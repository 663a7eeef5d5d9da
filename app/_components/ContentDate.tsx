import { formatContentDate } from '@/lib/editorial/dates';
import { serverEnv } from '@/lib/env.server';

/** A <time> showing the date in the clinic's time zone; the value was validated at the boundary. */
export function ContentDate({ value }: { value: string }) {
  const text = formatContentDate(value, serverEnv.SITE_TIME_ZONE);
  if (!text) return null;
  return <time dateTime={value}>{text}</time>;
}
