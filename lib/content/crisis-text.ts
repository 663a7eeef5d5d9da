/**
 * The built-in English crisis text (lib/content/crisis.ts decides when it is shown). Its own module:
 * the global error page draws it in the browser, and ships only this.
 * (US: the 988 Suicide & Crisis Lifeline by call or text; 911 for immediate danger; help in Spanish
 * by texting AYUDA, offered on every English page and marked as Spanish.)
 */
export const SPANISH_OPTION = { label: 'En español: envíe AYUDA al 988', href: 'sms:988?body=AYUDA', language: 'es' } as const;

export const BUILT_IN_CRISIS = {
  heading: 'If you are in crisis',
  message:
    'If you are in immediate crisis or thinking about harming yourself, call or text 988 to reach the 988 Suicide & Crisis Lifeline. If you are in immediate danger, call 911.',
  actions: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
    { label: 'Call 911', href: 'tel:911' },
    SPANISH_OPTION,
  ],
} as const;
