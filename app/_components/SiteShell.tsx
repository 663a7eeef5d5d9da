import type { ReactNode } from 'react';
import { getSiteChrome } from '@/lib/content';
import { siteNameOf } from '@/lib/editorial/site';
import { href } from '@/lib/routes';
import { ShellFrame } from './ShellFrame';

/** Header, main and footer shared by every site page, the not-found page included. */
export async function SiteShell({ children }: { children: ReactNode }) {
  const { settings, crisis } = await getSiteChrome();
  return (
    <ShellFrame homeHref={href('home')} siteName={siteNameOf(settings)} crisis={crisis} disclaimer={settings.disclaimer}>
      {children}
    </ShellFrame>
  );
}
