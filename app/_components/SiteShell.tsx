import type { ReactNode } from 'react';
import { getLinkedLocations, getLinkedPages, getSiteChrome } from '@/lib/content';
import { PAGE_ROLES, pageForRole, type PageRole } from '@/lib/content/schema/page';
import { siteNameOf } from '@/lib/editorial/site';
import { href } from '@/lib/routes';
import { ShellFrame } from './ShellFrame';

/** The footer's links to who the clinic is and how it works, in this order, for what exists. */
const FOOTER: ReadonlyArray<PageRole | 'locations'> = ['about', 'principles', 'locations', 'contact', 'privacy'];

/** Header, main and footer shared by every site page, the not-found page included. */
export async function SiteShell({ children }: { children: ReactNode }) {
  const [{ settings, crisis }, pages, locations] = await Promise.all([getSiteChrome(), getLinkedPages(), getLinkedLocations()]);
  const links = FOOTER.flatMap((entry) => {
    if (entry === 'locations') return locations.length > 0 ? [{ href: href('locations'), label: 'Locations' }] : [];
    const page = pageForRole(pages, entry);
    return page ? [{ href: href('trustPage', { slug: page.slug }), label: PAGE_ROLES[entry].label }] : [];
  });
  return (
    <ShellFrame homeHref={href('home')} siteName={siteNameOf(settings)} crisis={crisis} disclaimer={settings.disclaimer} links={links}>
      {children}
    </ShellFrame>
  );
}
