import type { ReactNode } from 'react';
import type { CrisisResources } from '@/lib/content';
import { CrisisLine } from './CrisisResources';

/**
 * The frame of every page as plain markup, so the error page (which cannot fetch) draws the same
 * header and the crisis line in the same place as every other page.
 */
export function ShellFrame({
  siteName,
  crisis,
  disclaimer,
  children,
}: {
  siteName: string;
  crisis: CrisisResources;
  disclaimer?: string;
  children: ReactNode;
}) {
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap site-header-inner">
          <a href="/" className="site-title">
            {siteName}
          </a>
          <nav aria-label="Site" className="site-nav">
            <ul>
              <li>
                <a href="/">Articles</a>
              </li>
              <li>
                <a href="#crisis-line" className="nav-help">
                  Get help now
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <CrisisLine crisis={crisis} />
          {disclaimer ? <p className="disclaimer">{disclaimer}</p> : null}
          <p className="copyright">
            © {siteName} · <a href="/">All articles</a>
          </p>
        </div>
      </footer>
    </div>
  );
}
