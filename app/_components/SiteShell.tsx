import Link from 'next/link';
import type { ReactNode } from 'react';
import { getSiteChrome } from '@/lib/content';
import { CrisisLine } from './CrisisResources';

/** Header, main and footer shared by every site page, the not-found page included. */
export async function SiteShell({ children }: { children: ReactNode }) {
  const { settings, crisis } = await getSiteChrome();
  const siteName = settings.title ?? 'Clinic blog';
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap">
          <Link href="/" className="site-title">
            {siteName}
          </Link>
        </div>
      </header>
      <main id="main" className="wrap site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <CrisisLine crisis={crisis} />
          {settings.disclaimer ? <p className="disclaimer">{settings.disclaimer}</p> : null}
          <p className="copyright">
            © {siteName}
          </p>
        </div>
      </footer>
    </div>
  );
}
