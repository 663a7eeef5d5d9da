import type { ReactNode } from 'react';

/** The Studio's own document: the site has a root layout per language, and the Studio is none of them. */
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
