import { DraftOverlays } from './DraftOverlays';
import { PreviewBanner } from './PreviewBanner';

/** Everything draft mode adds to a page: the banner and the Presentation tool's overlays. */
export function DraftModeTools() {
  return (
    <>
      <PreviewBanner />
      <DraftOverlays />
    </>
  );
}
