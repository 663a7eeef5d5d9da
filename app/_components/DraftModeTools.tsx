import { VisualEditing } from 'next-sanity/visual-editing';
import { PreviewBanner } from './PreviewBanner';

/**
 * Everything draft mode adds to a page: the banner and the Presentation tool's overlays (next-sanity
 * loads them lazily). Rendered by app/preview's layout only, which ordinary visitors never reach.
 */
export function DraftModeTools() {
  return (
    <>
      <PreviewBanner />
      <VisualEditing />
    </>
  );
}
