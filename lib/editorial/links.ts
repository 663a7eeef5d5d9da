/**
 * Links in Portable Text, through the one link policy (isAllowedHref): the message names the linked
 * words, so an editor can find the link in a long article.
 */
import type { Finding, PathSegment } from './findings';
import { describeHrefProblem } from './href';
import { textBlocks } from './text';

/** "The link on "our intake form": …" (or "A link" when the annotation covers no text). */
export function describeLink(linkText: string, problem: string): string {
  const name = linkText.trim() ? `The link on "${linkText.trim().slice(0, 60)}"` : 'A link';
  return `${name}: ${problem}`;
}

/** Errors for every link annotation in a Portable Text value that the policy refuses. */
export function linkFindings(value: unknown, basePath: PathSegment[]): Finding[] {
  return textBlocks(value).flatMap((block) =>
    block.links.flatMap((link) => {
      const problem = describeHrefProblem(link.href);
      if (!problem) return [];
      return [
        {
          level: 'error' as const,
          path: [...basePath, block.segment, 'markDefs', { _key: link.key }, 'href'],
          message: describeLink(link.text, problem),
          suggestion: 'Link to an https:// page, a site path like /blog/…, mailto:, tel: or sms:, or remove the link.',
        },
      ];
    }),
  );
}

/** The words a link annotation covers, found from its block's and annotation's keys. */
export function linkedText(value: unknown, blockKey: string, markKey: string): string {
  const block = textBlocks(value).find((b) => typeof b.segment === 'object' && b.segment._key === blockKey);
  return block?.links.find((l) => l.key === markKey)?.text ?? '';
}
