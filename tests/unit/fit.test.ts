import { fitHeading, widestRunEm } from '@/app/_components/fit';

describe('the widest run a heading cannot break inside', () => {
  it('is the widest word, or part of a word up to a hyphen or a slash', () => {
    // "Psychotherapy" (13 letters) is wider than "Ketamine-" or "Assisted".
    expect(widestRunEm('How Ketamine-Assisted Psychotherapy Helps')).toBe(widestRunEm('Psychotherapy'));
    expect(widestRunEm('Ketamine-Assisted')).toBe(widestRunEm('Ketamine-'));
    expect(widestRunEm('and/or')).toBe(widestRunEm('and/'));
  });

  it('errs wide: it is never below what Chromium measures for DejaVu Sans Bold', () => {
    // Measured in this machine's Chromium with canvas measureText, bold system-ui (DejaVu Sans Bold), in em.
    const measured: Record<string, number> = {
      Psychotherapy: 8.36,
      Suicidality: 5.92,
      WWWWWWWW: 8.82,
      Appointment: 7.34,
      Integration: 6.34,
    };
    for (const [word, em] of Object.entries(measured)) expect(widestRunEm(word)).toBeGreaterThanOrEqual(em * 0.99);
  });

  it('becomes the --word-em custom property; nothing for an empty heading', () => {
    expect(fitHeading('Bottom Line')).toEqual({ '--word-em': String(widestRunEm('Bottom')) });
    expect(fitHeading('   ')).toEqual({});
  });
});
