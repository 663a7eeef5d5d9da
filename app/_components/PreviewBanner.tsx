import { ExitPreviewLink } from './ExitPreviewLink';

/**
 * Shown on every page in draft mode only, so no one mistakes a draft for the published article.
 * Ordinary visitors never get this component or its link's script.
 */
export function PreviewBanner() {
  return (
    <div className="preview-banner" role="region" aria-label="Preview">
      <p>
        <strong>Preview: unpublished changes.</strong> Patients do not see this version.{' '}
        <ExitPreviewLink />
      </p>
    </div>
  );
}
