import type { ReactNode } from 'react';
import { getLinkedLocations, getLinkedPages, getSiteChrome } from '@/lib/content';
import { pageForRole, type PageRole } from '@/lib/content/schema/page';
import { siteNameOf } from '@/lib/editorial/site';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { ShellFrame } from './ShellFrame';

/** The footer's links to who the clinic is and how it works, in this order, for what exists. */
const FOOTER: ReadonlyArray<PageRole | 'locations'> = ['about', 'principles', 'locations', 'contact', 'privacy'];

/**
 * Header, main and footer shared by every site page of one language, the not-found page included:
 * that language's crisis text (siteSettings-es for Spanish), words and trust pages. Locations are
 * the clinic's, in both languages.
 */
export async function SiteShell({ children, language }: { children: ReactNode; language: Language }) {
  const [{ settings, crisis }, pages, locations] = await Promise.all([
    getSiteChrome(language),
    getLinkedPages(language),
    getLinkedLocations(),
  ]);
  const words = dictionary(language);
  const links = FOOTER.flatMap((entry) => {
    if (entry === 'locations')
      return locations.length > 0 ? [{ href: href('locations', {}, language), label: words.pageRoles.locations }] : [];
    const page = pageForRole(pages, entry);
    return page ? [{ href: href('trustPage', { slug: page.slug }, language), label: words.pageRoles[entry] }] : [];
  });
  return (
    <ShellFrame
      homeHref={href('home', {}, language)}
      siteName={siteNameOf(settings)}
      crisis={crisis}
      disclaimer={settings.disclaimer}
      links={links}
      text={words.shell}
    >
      {children}
    </ShellFrame>
  );
}
