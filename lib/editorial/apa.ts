/**
 * APA 7 journal references (docs/ARCHITECTURE.md "APA 7"). The formatter returns parts, so the site can set the
 * journal and volume in italics, and a plain string, for tests, feeds and structured data.
 */
import { doiDisplay, doiUrl } from './doi';
import { isAllowedHref } from './href';

export interface CitationAuthor {
  family: string;
  given?: string;
  suffix?: string;
}

export interface CitationInput {
  authors: CitationAuthor[];
  authorsIncomplete?: boolean;
  year: number;
  title: string;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  url?: string;
}

/** One piece of a reference; `italic` pieces are the journal name and volume. */
export interface ApaPart {
  text: string;
  italic?: boolean;
  href?: string;
}

const APA_MAX_LISTED = 20;
const APA_LISTED_BEFORE_ELLIPSIS = 19;

/** "Ballard, E. D." or "Zarate, C. A., Jr." */
function formatApaAuthor(author: CitationAuthor): string {
  const family = author.family.trim();
  const given = author.given?.trim();
  const suffix = author.suffix?.trim();
  let name = given ? `${family}, ${given}` : family;
  if (suffix) name += `, ${suffix}`;
  return name;
}

export function formatApaAuthors(authors: CitationAuthor[], incomplete = false): string {
  const names = authors.map(formatApaAuthor);
  if (names.length === 0) return '';
  if (names.length === 1) return names[0];
  const last = names[names.length - 1];
  if (names.length > APA_MAX_LISTED) {
    // 21 or more names, complete or not: the first 19, an ellipsis, the last (APA 7).
    return `${names.slice(0, APA_LISTED_BEFORE_ELLIPSIS).join(', ')}, . . . ${last}`;
  }
  if (incomplete) {
    // The source names only some authors, the last one last: "Park, L., ... & Zarate, C. A."
    return `${names.slice(0, -1).join(', ')}, ... & ${last}`;
  }
  return `${names.slice(0, -1).join(', ')}, & ${last}`;
}

/** Page ranges take an en dash: "420-431" → "420–431". */
export function formatPages(pages: string): string {
  return pages
    .trim()
    .replace(/\s*(?:-|‐|‑|‒|—|−)+\s*/g, '–')
    .replace(/\s*–\s*/g, '–');
}

function endSentence(text: string): string {
  const t = text.trim();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

export function formatApaParts(citation: CitationInput): ApaPart[] {
  const parts: ApaPart[] = [];
  const authors = formatApaAuthors(citation.authors, citation.authorsIncomplete);
  // An author string ends with an initial's period ("C. A.") or a family name without one.
  parts.push({ text: authors ? `${endSentence(authors)} (${citation.year}). ` : `(${citation.year}). ` });
  parts.push({ text: `${endSentence(citation.title)}` });

  const journal = citation.journal?.trim();
  const volume = citation.volume?.trim();
  const issue = citation.issue?.trim();
  const pages = citation.pages?.trim();
  if (journal) {
    parts.push({ text: ' ' });
    parts.push({ text: journal, italic: true });
    if (volume) {
      parts.push({ text: ', ' });
      parts.push({ text: volume, italic: true });
    }
    if (issue) parts.push({ text: `(${issue})` });
    if (pages) parts.push({ text: `, ${formatPages(pages)}` });
    parts.push({ text: '.' });
  }

  if (citation.doi?.trim()) {
    parts.push({ text: ' ' });
    parts.push({ text: doiDisplay(citation.doi), href: doiUrl(citation.doi) });
  } else if (citation.url?.trim()) {
    const url = citation.url.trim();
    parts.push({ text: ' ' });
    parts.push(isAllowedHref(url) ? { text: url, href: url } : { text: url });
  }
  return parts;
}

/** The whole reference as plain text, exactly as it reads on the page. */
export function formatApaReference(citation: CitationInput): string {
  return formatApaParts(citation)
    .map((p) => p.text)
    .join('');
}
