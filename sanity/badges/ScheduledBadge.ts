import type { DocumentBadgeComponent } from 'sanity';
import { DEFAULT_TIME_ZONE, formatContentDate, isAhead } from '../../lib/editorial/dates';

const ahead = (date: unknown, now: number): date is string => isAhead(date, DEFAULT_TIME_ZONE, now);
const day = (date: string) => formatContentDate(date, DEFAULT_TIME_ZONE) as string;
const EMBARGO = 'The Content Lake’s public API serves a published document whatever its date: see the README, "Embargo".';

/**
 * What the site does with the post's date (lib/content/select.ts isDue): the published version decides
 * what readers see now, the draft what publishing would do.
 *   - published, dated ahead: "Scheduled for …" (hidden on the site until then);
 *   - a draft that would move a live post ahead: a warning, publishing would take it off the site;
 *   - a draft never published, dated ahead: it goes out at that moment once published.
 */
type Dated = { publishedAt?: unknown; [field: string]: unknown } | null | undefined;

export function scheduleBadge(
  draft: Dated,
  published: Dated,
  now = Date.now(),
): { label: string; title: string; color: 'primary' | 'warning' } | null {
  const live = published?.publishedAt;
  const edited = draft?.publishedAt;
  if (published && draft && ahead(edited, now) && !ahead(live, now)) {
    return {
      label: `Publishing hides it until ${day(edited)}`,
      title: `This post is on the site now. Its draft is dated ${day(edited)}: publishing the draft takes the post off the site until then.`,
      color: 'warning',
    };
  }
  if (published && ahead(live, now)) {
    const changed =
      draft && edited !== live ? ` The draft changes the date to ${typeof edited === 'string' ? (day(edited) ?? edited) : 'none'}.` : '';
    return {
      label: `Scheduled for ${day(live)}`,
      title: `Published, and hidden on the site until ${day(live)} (${DEFAULT_TIME_ZONE}), when it appears within a minute.${changed} ${EMBARGO}`,
      color: 'primary',
    };
  }
  if (!published && ahead(edited, now)) {
    return {
      label: `Goes out ${day(edited)} once published`,
      title: `Not published yet. Published, it stays hidden on the site until ${day(edited)} (${DEFAULT_TIME_ZONE}). ${EMBARGO}`,
      color: 'primary',
    };
  }
  return null;
}

export const ScheduledBadge: DocumentBadgeComponent = ({ draft, published }) => scheduleBadge(draft, published);
