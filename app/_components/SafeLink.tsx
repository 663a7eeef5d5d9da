import type { ReactNode } from 'react';
import { isAllowedHref } from '@/lib/editorial/href';
import { CheckedLink } from './CheckedLink';

/**
 * Every link written inside content (Portable Text) goes through here as well as through the zod
 * boundary: a refused href renders its text only.
 */
export function SafeLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  if (!isAllowedHref(href)) return <>{children}</>;
  return (
    <CheckedLink href={href} className={className}>
      {children}
    </CheckedLink>
  );
}
