import type { DocumentBadgeComponent } from 'sanity';
import { contentDateMillis, DEFAULT_TIME_ZONE, publicationLabel } from '../../lib/editorial/dates';

/**
 * "Scheduled for March 1, 2027" at the foot of a post whose publication date is ahead: published or
 * not, the site shows it only from that moment on (lib/content/select.ts isDue).
 */
export const ScheduledBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const date = (draft ?? published)?.publishedAt;
  if (typeof date !== 'string') return null;
  const label = publicationLabel(date, DEFAULT_TIME_ZONE);
  if (!label.startsWith('Scheduled')) return null;
  return {
    label,
    title: `The site shows this post from ${new Date(contentDateMillis(date, DEFAULT_TIME_ZONE)).toLocaleString('en-US', { timeZone: DEFAULT_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' })} (${DEFAULT_TIME_ZONE}) on. The Content Lake's public API still serves it: see the README, "Scheduling".`,
    color: 'primary',
  };
};
