import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link inside the site: client-side navigation, without prefetching. Next's Link fetches the page
 * data of every link that scrolls into view; on an article that is the home, category, author and
 * related pages, downloaded and processed on a reader's phone whether or not they are followed.
 * Without it the article's main thread is quieter (Lighthouse TBT) and no data is spent unasked;
 * a followed link fetches its page then.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
