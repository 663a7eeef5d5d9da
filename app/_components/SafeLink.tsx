import type { ReactNode } from 'react';
import { isAllowedHref } from '@/lib/editorial/href';

/**
 * Every link built from content goes through here: a refused href renders its text only. External
 * http(s) links get rel="noopener noreferrer" so the destination learns nothing about the reader.
 */
export function SafeLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  if (!isAllowedHref(href)) return <>{children}</>;
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} className={className} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}
