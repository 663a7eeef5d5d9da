/**
 * The crisis line never disappears: what the site shows when the clinic's own crisis block
 * (siteSettings.crisisResources) is missing, invalid or cannot be fetched, and how an incomplete one
 * is completed. The boundary, the site chrome and the global error page all decide it here.
 * (US: the 988 Suicide & Crisis Lifeline by call or text; 911 for immediate danger.)
 */
import type { Finding } from '../editorial/findings';
import type { CrisisAction, CrisisResources } from './schema/site-settings';

export const BUILT_IN_CRISIS = {
  heading: 'If you are in crisis',
  message:
    'If you are in immediate crisis or thinking about harming yourself, call or text 988 to reach the 988 Suicide & Crisis Lifeline. If you are in immediate danger, call 911.',
  actions: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
    { label: 'Call 911', href: 'tel:911' },
  ],
} as const;

/** A copy callers may change without touching the built-in text. */
export function builtInCrisis(): CrisisResources {
  return { heading: BUILT_IN_CRISIS.heading, message: BUILT_IN_CRISIS.message, actions: BUILT_IN_CRISIS.actions.map((a) => ({ ...a })) };
}

/**
 * The clinic's block as readers get it: always a heading, and always a number to call (the built-in
 * ones are added when the clinic lists none). Each gap filled is a finding.
 */
export function completeCrisis(
  clinic: { heading: string | undefined; message: string; actions: CrisisAction[] },
  findings: Finding[],
): CrisisResources {
  const actions = [...clinic.actions];
  if (!actions.some((a) => /^tel:/i.test(a.href))) {
    findings.push({
      level: 'warning',
      path: ['crisisResources', 'actions'],
      message: 'has no phone link to call; the built-in "Call 988", "Text 988" and "Call 911" are shown too',
    });
    for (const fallback of BUILT_IN_CRISIS.actions) {
      if (!actions.some((a) => a.href === fallback.href)) actions.push({ ...fallback });
    }
  }
  if (!clinic.heading) {
    findings.push({ level: 'warning', path: ['crisisResources', 'heading'], message: `is missing; "${BUILT_IN_CRISIS.heading}" is shown` });
  }
  return { heading: clinic.heading ?? BUILT_IN_CRISIS.heading, message: clinic.message, actions };
}

/** The block every page shows: the clinic's, else the built-in one. */
export function pageCrisis(clinic: CrisisResources | undefined): { crisis: CrisisResources; usedFallbackCrisis: boolean } {
  return clinic ? { crisis: clinic, usedFallbackCrisis: false } : { crisis: builtInCrisis(), usedFallbackCrisis: true };
}

/**
 * The heading as the lead-in of a line ("If you are in crisis: Call 988 · …"): a colon after it,
 * unless the clinic's heading already ends in punctuation ("Need help now?" stays as written).
 */
export function crisisLeadIn(heading: string): string {
  const trimmed = heading.trim();
  return /[.:;!?…]$/.test(trimmed) ? trimmed : `${trimmed}:`;
}
