import type { DocumentBadgeComponent } from 'sanity';
import { bodyReadability, describeReadability, READABILITY_TARGET_GRADE } from '../../lib/editorial/readability';

/** The body's Flesch-Kincaid grade, at the foot of the post editor: green at grade 8 or lower. */
export const ReadabilityBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const score = bodyReadability((draft ?? published)?.body);
  if (!score) return null;
  return {
    label: `Grade ${score.grade.toFixed(1)}`,
    title: `${describeReadability(score)}. Aim for grade ${READABILITY_TARGET_GRADE} or lower.`,
    color: score.grade <= READABILITY_TARGET_GRADE ? 'success' : 'warning',
  };
};
