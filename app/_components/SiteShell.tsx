import type { ReactNode } from 'react';
import { getSiteChrome } from '@/lib/content';
import { DEFAULT_SITE_NAME, ShellFrame } from './ShellFrame';

/** Header, main and footer shared by every site page, the not-found page included. */
export async function SiteShell({ children }: { children: ReactNode }) {
  const { settings, crisis } = await getSiteChrome();
  return (
    <ShellFrame siteName={settings.title ?? DEFAULT_SITE_NAME} crisis={crisis} disclaimer={settings.disclaimer}>
      {children}
    </ShellFrame>
  );
}
