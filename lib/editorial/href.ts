/**
 * The one link policy of the project (docs/ARCHITECTURE.md "isAllowedHref"), used by Studio rules, the zod
 * boundary and every renderer. Anything not explicitly allowed is refused.
 */

// Lowercase schemes only: "JavaScript:" style tricks and "HTTPS:" alike are refused rather than guessed at.
const ABSOLUTE = /^(https?):\/\/[^\s/?#\\]+[^\s\\]*$/;
const MAIL_TEL_SMS = /^(mailto|tel|sms):[^\s]+$/;
// A site path: exactly one leading slash, never "//" (protocol-relative) nor "/\" (browsers read it as "//").
const SITE_PATH = /^\/(?![/\\])[^\s]*$/;
const FRAGMENT = /^#[A-Za-z0-9][\w:.-]*$/;
// C0 controls, DEL and C1 controls are never legitimate in a link and are used to smuggle schemes.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return false;
  if (CONTROL.test(href)) return false;
  if (ABSOLUTE.test(href)) {
    try {
      const url = new URL(href);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }
  return MAIL_TEL_SMS.test(href) || SITE_PATH.test(href) || FRAGMENT.test(href);
}

/** The message an editor sees when a link is refused, naming what is allowed. */
export function describeHrefProblem(href: unknown): string | undefined {
  if (isAllowedHref(href)) return undefined;
  if (typeof href !== 'string' || href.trim() === '') return 'The link is empty.';
  if (href !== href.trim()) return 'The link starts or ends with a space: remove it.';
  return (
    `"${href.slice(0, 80)}" is not an allowed link. Use https://…, http://…, mailto:, tel:, sms:, ` +
    'a site path starting with a single "/", or "#section".'
  );
}
