/**
 * Text for Open Graph images. next/og draws with the fonts it is given and fetches any glyph they
 * lack from the network; the site never does, so characters outside the bundled Noto Sans subsets
 * (latin, latin-ext; ranges from the font package itself) are dropped, as are control and bidi
 * formatting characters.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import unicodeRanges from '@fontsource/noto-sans/unicode.json';

export const OG_SIZE = { width: 1200, height: 630 } as const;

const SUBSETS = ['latin', 'latin-ext'] as const;

function parseRanges(spec: string): Array<[number, number]> {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

const RANGES: Array<[number, number]> = SUBSETS.flatMap((subset) => parseRanges((unicodeRanges as Record<string, string>)[subset]));

// C0/C1 controls and the bidi embedding, override and isolate marks: never drawn, never trusted.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

function isDrawable(codePoint: number): boolean {
  return RANGES.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** The text with every character the bundled fonts cannot draw removed, spaces tidied, cut to `max`. */
export function drawableText(text: string, max = 140): string {
  const kept = [...text.normalize('NFC').replace(INVISIBLE, ' ')]
    .filter((ch) => isDrawable(ch.codePointAt(0)!))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...kept];
  if (chars.length <= max) return kept;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max * 0.6 ? atWord : cut}…`;
}

/** The font files, read from the npm package (WOFF: next/og cannot read WOFF2). */
export async function ogFonts() {
  const dir = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
  const load = (subset: string, weight: 400 | 700) => readFile(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
  const fonts = [];
  for (const subset of SUBSETS) {
    for (const weight of [400, 700] as const) {
      fonts.push({ name: 'Noto Sans', data: await load(subset, weight), weight, style: 'normal' as const });
    }
  }
  return fonts;
}
