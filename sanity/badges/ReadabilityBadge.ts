import type { DocumentBadgeComponent } from 'sanity';
import { bodyReadability, describeReadability, READABILITY_TARGET_GRADE } from '../../lib/editorial/readability';

/** The body's Flesch-Kincaid grade, at the foot of the post editor: green at grade 8 or lower. */
export const ReadabilityBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const score = bodyReadability((draft ?? published)?.body);
  if (!score) return null;
  return {
    // The formula goes below 1 (even below 0) for very short words and sentences; no school grade is lower than 1.
    label: score.grade < 1 ? 'Grade 1 or lower' : `Grade ${score.grade.toFixed(1)}`,
    title: `${describeReadability(score)}. Aim for grade ${READABILITY_TARGET_GRADE} or lower.`,
    color: score.grade <= READABILITY_TARGET_GRADE ? 'success' : 'warning',
  };
};
