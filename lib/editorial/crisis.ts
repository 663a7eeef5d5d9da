/**
 * The built-in crisis text, shown when siteSettings is missing or invalid: the crisis line never
 * disappears. The clinic's own wording lives in siteSettings.crisisResources.
 * (US: 988 Suicide & Crisis Lifeline by call or text; 911 for immediate danger.)
 */
export const FALLBACK_CRISIS_RESOURCES = {
  heading: 'If you are in crisis',
  message:
    'If you are in immediate crisis or thinking about harming yourself, call or text 988 to reach the 988 Suicide & Crisis Lifeline. If you are in immediate danger, call 911.',
  actions: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
    { label: 'Call 911', href: 'tel:911' },
  ],
} as const;
