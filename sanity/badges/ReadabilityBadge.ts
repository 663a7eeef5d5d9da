import type { DocumentBadgeComponent } from 'sanity';
import { languageOfDocument } from '../../lib/i18n/languages';
import {
  bodyReadability,
  describeReadability,
  meetsReadabilityTarget,
  readabilityLabel,
  readabilityTarget,
} from '../../lib/editorial/readability';

/**
 * The body's readability at the foot of the post editor, by the post's language: Flesch-Kincaid grade
 * in English (green at grade 8 or lower), INFLESZ in Spanish (green at 55, "normal", or higher).
 */
export const ReadabilityBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const post = draft ?? published;
  const score = bodyReadability(post?.body, languageOfDocument(post));
  if (!score) return null;
  return {
    label: readabilityLabel(score),
    title: `${describeReadability(score)}. ${readabilityTarget(score)}.`,
    color: meetsReadabilityTarget(score) ? 'success' : 'warning',
  };
};
