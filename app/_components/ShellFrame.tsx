import type { ReactNode } from 'react';
import type { CrisisResources } from '@/lib/content';
import type { ShellText } from '@/lib/i18n/shell-text';
import { CrisisLine } from './CrisisResources';

/**
 * The frame of every page as plain markup, so the error page (which cannot fetch) draws the same
 * header and the crisis line in the same place as every other page. The home href is passed in: the
 * global error page is shipped to browsers, and the route table would add about 500 B gzip to it.
 */
export function ShellFrame({
  homeHref,
  siteName,
  crisis,
  disclaimer,
  links = [],
  text,
  children,
}: {
  homeHref: string;
  siteName: string;
  crisis: CrisisResources;
  disclaimer?: string;
  /** The clinic's own pages (About, how we write and review, Contact…), after the crisis resources. */
  links?: ReadonlyArray<{ href: string; label: string }>;
  /** The frame's words in the page's language (lib/i18n/dictionary.ts `shell`). */
  text: ShellText;
  children: ReactNode;
}) {
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        {text.skipToContent}
      </a>
      <header className="site-header">
        <div className="wrap site-header-inner">
          <a href={homeHref} className="site-title">
            {siteName}
          </a>
          <nav aria-label={text.siteNav} className="site-nav">
            <ul>
              <li>
                <a href={homeHref}>{text.articles}</a>
              </li>
              <li>
                <a href="#crisis-line" className="nav-help">
                  {text.getHelpNow}
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
          {links.length > 0 ? (
            <nav aria-label={text.aboutTheClinic} className="footer-links">
              <ul>
                {links.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {disclaimer ? <p className="disclaimer">{disclaimer}</p> : null}
          <p className="copyright">
            © {siteName} · <a href={homeHref}>{text.allArticles}</a>
          </p>
        </div>
      </footer>
    </div>
  );
}
