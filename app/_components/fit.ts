/**
 * Headings sized so that their longest word fits the column: at 200 % text on a 360 px phone,
 * "Psychotherapy" would otherwise break mid-word ("Psychothera/py"), and Debian's Chromium has no
 * hyphenation dictionaries for `hyphens: auto`. The server measures the widest unbreakable run of a
 * heading (a word, or the part of one up to a hyphen or a slash, where a line may break anyway) in
 * em of a wide bold sans (DejaVu Sans Bold, the widest of the fonts the stack falls back to), and
 * the stylesheet caps the heading's size at column ÷ that width (globals.css, "--word-em").
 */
import type { CSSProperties } from 'react';

// Advance widths in em, by group, rounded up from DejaVu Sans Bold.
const WIDTHS: Array<[RegExp, number]> = [
  [/[iIl.,:;!|'’]/, 0.36],
  [/[fjrt()]/, 0.47],
  [/[mwMW]/, 1.12],
  [/[A-Z]/, 0.8],
  [/[0-9]/, 0.72],
  [/[a-z]/, 0.7],
  [/[À-ɏ]/, 0.75],
];
const OTHER = 0.85;

const charWidth = (c: string) => WIDTHS.find(([pattern]) => pattern.test(c))?.[1] ?? OTHER;

/** The width, in em, of the widest run a line cannot break inside. */
export function widestRunEm(text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) {
    for (const run of word.split(/(?<=[-‐–—/])/)) {
      let width = 0;
      for (const c of run) width += charWidth(c);
      widest = Math.max(widest, width);
    }
  }
  return Math.round(widest * 100) / 100;
}

/** The style a heading carries so the stylesheet can fit its widest word. */
export function fitHeading(text: string): CSSProperties {
  const em = widestRunEm(text);
  return em > 0 ? ({ '--word-em': String(em) } as CSSProperties) : {};
}
