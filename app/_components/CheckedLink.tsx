import type { ReactNode } from 'react';

/**
 * A link whose href has already passed the one link policy (`isAllowedHref`): at the zod boundary
 * (`safeHref`) for content, or as built-in text. External http(s) links get rel="noopener
 * noreferrer" so the destination learns nothing about the reader. The crisis line uses it on every
 * page, the client-side error page included, so the policy's code is not shipped to every reader
 * a second time.
 */
export function CheckedLink({ href, children, className, lang }: { href: string; children: ReactNode; className?: string; lang?: string }) {
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} className={className} lang={lang} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}
