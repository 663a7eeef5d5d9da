'use client';
import { lazy, Suspense } from 'react';

/**
 * The Presentation tool's overlays, fetched only when this renders (draft mode). A React.lazy
 * boundary keeps next-sanity's loader and everything behind it out of the chunks ordinary readers
 * download; what remains in the shared layout chunk is this wrapper.
 */
const VisualEditing = lazy(() =>
  import('next-sanity/visual-editing/client-component').then((m) => ({ default: m.VisualEditing })),
);

export function DraftOverlays() {
  return (
    <Suspense fallback={null}>
      <VisualEditing />
    </Suspense>
  );
}
