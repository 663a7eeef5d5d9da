'use client';
import { usePathname } from 'next/navigation';

/** Leaves draft mode and comes back to the same page (draft mode only; see PreviewBanner). */
export function ExitPreviewLink() {
  const pathname = usePathname() || '/';
  return (
    <a href={`/api/draft-mode/disable?redirect=${encodeURIComponent(pathname)}`} className="preview-exit">
      Exit preview
    </a>
  );
}
