import { apiRoutes } from '@/lib/routes';

/**
 * Shown on every page in draft mode only, so no one mistakes a draft for the published article.
 * "Exit preview" needs no script: the disable route returns to the page the link was on (its
 * same-origin Referer), or to the home page.
 */
export function PreviewBanner() {
  return (
    <div className="preview-banner" role="region" aria-label="Preview">
      <p>
        <strong>Preview: unpublished changes.</strong> Patients do not see this version.{' '}
        <a href={apiRoutes.draftModeDisable} className="preview-exit">
          Exit preview
        </a>
      </p>
    </div>
  );
}
