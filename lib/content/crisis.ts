/**
 * The crisis line never disappears: what the site shows when the clinic's own crisis block
 * (siteSettings.crisisResources, siteSettings-es for Spanish pages) is missing, invalid or cannot be
 * fetched, and how an incomplete one is completed. The boundary, the site chrome and the error pages
 * all decide it here. (US: the 988 Suicide & Crisis Lifeline by call or text, in Spanish by pressing
 * 2 or texting AYUDA; 911 for immediate danger.) A Spanish page falls back to Spanish, never to
 * English; an English page always keeps a way to reach help in Spanish.
 */
import type { Language } from '../i18n/languages';
import type { Finding } from '../editorial/findings';
import type { CrisisAction, CrisisResources } from './schema/site-settings';

import { BUILT_IN_CRISIS, SPANISH_OPTION } from './crisis-text';

export { BUILT_IN_CRISIS };

export const BUILT_IN_CRISIS_ES = {
  heading: 'Si está en crisis',
  message:
    'Si está en una crisis o piensa en hacerse daño, llame al 988 y oprima 2 para hablar en español con la Línea 988 de Prevención del Suicidio y Crisis, o envíe la palabra AYUDA por mensaje de texto al 988. Si está en peligro inmediato, llame al 911.',
  actions: [
    { label: 'Llame al 988 y oprima 2', href: 'tel:988' },
    { label: 'Envíe AYUDA al 988', href: 'sms:988?body=AYUDA' },
    { label: 'Llame al 911', href: 'tel:911' },
  ],
} as const;

const BUILT_IN = { en: BUILT_IN_CRISIS, es: BUILT_IN_CRISIS_ES } as const;

/** The phone links a block must have: the built-in ones are added when the clinic lists none. */
const PHONE_ACTIONS = (language: Language) => BUILT_IN[language].actions.filter((a) => !('language' in a));

/** A copy callers may change without touching the built-in text. */
export function builtInCrisis(language: Language = 'en'): CrisisResources {
  const text = BUILT_IN[language];
  return { heading: text.heading, message: text.message, actions: text.actions.map((a) => ({ ...a })) };
}

/**
 * The clinic's block as readers get it: always a heading, and always a number to call (the built-in
 * ones are added when the clinic lists none). Each gap filled is a finding.
 */
export function completeCrisis(
  clinic: { heading: string | undefined; message: string; actions: CrisisAction[] },
  findings: Finding[],
  language: Language = 'en',
): CrisisResources {
  const builtIn = BUILT_IN[language];
  const actions = [...clinic.actions];
  if (!actions.some((a) => /^tel:/i.test(a.href))) {
    const fallbacks = PHONE_ACTIONS(language);
    findings.push({
      level: 'warning',
      path: ['crisisResources', 'actions'],
      message: `has no phone link to call; the built-in ${fallbacks.map((a) => `"${a.label}"`).join(', ')} are shown too`,
    });
    for (const fallback of fallbacks) {
      if (!actions.some((a) => a.href === fallback.href)) actions.push({ ...fallback });
    }
  }
  if (language === 'en' && !actions.some((a) => a.language === 'es')) {
    findings.push({
      level: 'warning',
      path: ['crisisResources', 'actions'],
      message: `has no way to reach help in Spanish; "${SPANISH_OPTION.label}" is shown too`,
    });
    actions.push({ ...SPANISH_OPTION });
  }
  if (!clinic.heading) {
    findings.push({ level: 'warning', path: ['crisisResources', 'heading'], message: `is missing; "${builtIn.heading}" is shown` });
  }
  return { heading: clinic.heading ?? builtIn.heading, message: clinic.message, actions };
}

/** The block every page shows: the clinic's, else the built-in one of the page's language. */
export function pageCrisis(
  clinic: CrisisResources | undefined,
  language: Language = 'en',
): { crisis: CrisisResources; usedFallbackCrisis: boolean } {
  return clinic ? { crisis: clinic, usedFallbackCrisis: false } : { crisis: builtInCrisis(language), usedFallbackCrisis: true };
}

/**
 * The heading as the lead-in of a line ("If you are in crisis: Call 988 · …"): a colon after it,
 * unless the clinic's heading already ends in punctuation ("Need help now?" stays as written).
 */
export function crisisLeadIn(heading: string): string {
  const trimmed = heading.trim();
  return /[.:;!?…]$/.test(trimmed) ? trimmed : `${trimmed}:`;
}
