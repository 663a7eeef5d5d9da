import { VisualEditing } from 'next-sanity/visual-editing';
import { PreviewBanner } from './PreviewBanner';

/** Everything draft mode adds to a page: the banner and the Presentation tool's overlays. */
export function DraftModeTools() {
  return (
    <>
      <PreviewBanner />
      <VisualEditing />
    </>
  );
}
