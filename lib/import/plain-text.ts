/**
 * An article copied out of a blog as plain text, like the seed: a date and a category on the first
 * lines, the title, paragraphs separated by blank lines, short lines as headings, bullet and numbered
 * lines as lists, a "References" heading followed by references, the crisis note, and a closing
 * signature (the title again, the date, the author's name, credentials and role).
 */
import type { ImportedArticle, ImportedBlock } from './article';
import { parseByline, type Byline } from './byline';

export type { ImportedArticle, ImportedBlock } from './article';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Wednesday, September 3, 2025", "Sept. 3, 2025", "3 September 2025", "2025-09-03" → "2025-09-03". */
export function parseDay(line: string): string | undefined {
  const text = line
    .trim()
    .toLowerCase()
    .replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+/, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const pad = (n: number) => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  };
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const month = (word: string) => MONTHS.findIndex((m) => word.length >= 3 && m.startsWith(word.replace(/\.$/, ''))) + 1;
  const mdy = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (mdy && month(mdy[1])) return valid(Number(mdy[3]), month(mdy[1]), Number(mdy[2]));
  const dmy = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/.exec(text);
  if (dmy && month(dmy[2])) return valid(Number(dmy[3]), month(dmy[2]), Number(dmy[1]));
  return undefined;
}

const BULLET = /^\s*[•●▪◦·*\-–]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;
export const REFERENCES_HEADING = /^(?:references|sources|bibliography|works cited|citations)\s*:?$/i;
export const CRISIS_NOTE = /^(?:note:\s*)?if you (?:are|’re|'re) in (?:immediate )?(?:crisis|danger)/i;
const BYLINE = /^(?:by|written by)\s+\S/i;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A short line that ends without sentence punctuation, standing alone: a heading. */
const isHeadingLine = (line: string) => words(line) <= 12 && line.length <= 100 && !/[.,;:!?]$/.test(line) && !BULLET.test(line);

/** The title with its parenthetical variants removed, for "How KAP (Ketamine…) Helps" = "How KAP Helps". */
const bare = (s: string) =>
  s
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function parsePlainText(source: string): ImportedArticle | null {
  const paragraphs = source
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
  if (paragraphs.length === 0) return null;

  // The header: a date and a category before the title, in any order.
  let publishedAt: string | undefined;
  let category: string | undefined;
  let at = 0;
  let title: string | undefined;
  while (at < paragraphs.length && !title) {
    const lines = paragraphs[at];
    const meta = lines.every((line) => parseDay(line) || (isHeadingLine(line) && words(line) <= 4));
    if (meta && lines.length > 1) {
      for (const line of lines) {
        const day = parseDay(line);
        if (day) publishedAt ??= day;
        else category ??= line;
      }
    } else if (lines.length === 1 && parseDay(lines[0])) {
      publishedAt ??= parseDay(lines[0]);
    } else {
      title = lines.join(' ');
    }
    at += 1;
  }
  if (!title) return null;
  // A second title line that says the same with an abbreviation spelled out is not body text.
  if (paragraphs[at]?.length === 1 && bare(paragraphs[at][0]) === bare(title)) at += 1;
  // "By Elena Martínez, MD" (and a date) under the title.
  let headerByline: Byline | undefined;
  while (paragraphs[at] && paragraphs[at].every((line) => BYLINE.test(line) || parseDay(line))) {
    for (const line of paragraphs[at]) {
      if (BYLINE.test(line)) headerByline ??= parseByline(line) ?? undefined;
      else publishedAt ??= parseDay(line);
    }
    at += 1;
  }

  const blocks: ImportedBlock[] = [];
  const references: string[] = [];
  let crisisMessage: string | undefined;
  let inReferences = false;
  const tail: string[][] = [];
  for (; at < paragraphs.length; at += 1) {
    const lines = paragraphs[at];
    const joined = lines.join(' ');
    if (crisisMessage !== undefined) {
      tail.push(lines);
      continue;
    }
    if (CRISIS_NOTE.test(joined)) {
      crisisMessage = joined;
      continue;
    }
    if (lines.length === 1 && REFERENCES_HEADING.test(joined)) {
      inReferences = true;
      continue;
    }
    if (inReferences) {
      references.push(...lines.map((line) => line.replace(BULLET, '').replace(NUMBERED, '')));
      continue;
    }
    if (lines.every((line) => BULLET.test(line))) {
      for (const line of lines) blocks.push({ style: 'normal', text: line.replace(BULLET, ''), listItem: 'bullet', level: 1 });
      continue;
    }
    if (lines.length > 1 && lines.every((line) => NUMBERED.test(line))) {
      for (const line of lines) blocks.push({ style: 'normal', text: line.replace(NUMBERED, ''), listItem: 'number', level: 1 });
      continue;
    }
    // A paragraph whose first line leads into bullets: "This is where…:" then "• one" "• two".
    const firstBullet = lines.findIndex((line) => BULLET.test(line));
    if (firstBullet > 0 && lines.slice(firstBullet).every((line) => BULLET.test(line))) {
      blocks.push({ style: 'normal', text: lines.slice(0, firstBullet).join(' ') });
      for (const line of lines.slice(firstBullet))
        blocks.push({ style: 'normal', text: line.replace(BULLET, ''), listItem: 'bullet', level: 1 });
      continue;
    }
    const isLast = at === paragraphs.length - 1;
    if (lines.length === 1 && isHeadingLine(joined) && !isLast) {
      blocks.push({ style: 'h2', text: joined });
      continue;
    }
    blocks.push({ style: 'normal', text: joined });
  }

  // The signature after the crisis note: the title again, a date, the author.
  const signature = tail.flat().filter((line) => bare(line) !== bare(title) && !(parseDay(line) && (publishedAt ??= parseDay(line))));
  const byline = headerByline ?? (signature.length > 0 ? (parseByline(signature.join('\n')) ?? undefined) : undefined);
  return {
    title,
    ...(publishedAt ? { publishedAt } : {}),
    ...(category ? { category } : {}),
    ...(byline ? { byline } : {}),
    blocks,
    references,
    ...(crisisMessage ? { crisisMessage } : {}),
  };
}
