/**
 * A reference list entry, as clinics paste them from papers (APA style, as the seed's), read back into
 * the fields of a citation document: authors (family name and initials; `authorsIncomplete` when an
 * ellipsis or "et al." abridges the list, the last author kept), year, title, journal, volume, issue,
 * pages and a bare DOI (from `https://doi.org/`, `http://dx.doi.org/` or `doi:`). What cannot be read
 * is never guessed: the caller keeps the reference whole and reports it (issue 18, content:import).
 */
import type { CitationAuthor, CitationInput } from '../editorial/apa';
import { isWellFormedDoi, normalizeDoi } from '../editorial/doi';

/** The fields APA formatting reads (lib/editorial/apa.ts), with whether the author list is abridged always said. */
export type ParsedReference = CitationInput & { authorsIncomplete: boolean };

export type ReferenceResult = { ok: true; citation: ParsedReference } | { ok: false; text: string; reason: string };

// A DOI in any of the shapes people paste, up to the first space; trailing punctuation is not part of it.
const DOI_IN_TEXT = /(?:https?:\/\/(?:dx\.|www\.)?doi\.org\/|\bdoi:\s*|\b(?=10\.\d{4,9}\/))(10\.\d{4,9}\/\S+)/i;
const URL_IN_TEXT = /\bhttps?:\/\/\S+/i;
// "(2019)", "(2019a)", "(2019, March 3)"; the first one after the authors.
const YEAR = /\((\d{4})[a-z]?(?:,[^)]*)?\)\.?/;
// Initials: "E.", "E. D.", "J.-P.", "Ch.", with or without spaces between them.
const INITIALS = /^(?:[A-Z\u00C0-\u00DE][a-z]?\.(?:\s*-\s*|\s*)?)+$/;
const ELLIPSIS = /\.\s*\.\s*\.|…/;
const ET_AL = /\bet\s+al\.?/i;
// "Journal Name, 85(10), e35–e37" or "Journal, 12, Article 345" or "Journal, 3".
const SOURCE =
  /^(?<journal>[^.?!]+?),\s*(?<volume>\d+[A-Za-z]?)(?:\s*\((?<issue>[^)]+)\))?(?:,\s*(?:Article\s+)?(?<pages>[A-Za-z]?\d+(?:\s*[–—-]\s*[A-Za-z]?\d+)?))?\.?$/;

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A DOI written inside brackets ends before the closing one; its own parentheses ("(123)") stay. */
function balanced(doi: string): string {
  let out = doi.replace(/[\]>]+$/, '');
  const count = (c: string) => out.split(c).length - 1;
  while (out.endsWith(')') && count(')') > count('(')) out = normalizeDoi(out.slice(0, -1));
  return out;
}

/** "Ballard, E. D., Yarrington, J. S., ... & Zarate, C. A." → the authors and whether the list is abridged. */
export function parseAuthors(part: string): { authors: CitationAuthor[]; incomplete: boolean } | null {
  const incomplete = ELLIPSIS.test(part) || ET_AL.test(part);
  const pieces = part
    .replace(ET_AL, ',')
    .replace(/\.\s*\.\s*\.|…/g, ',')
    .replace(/&|\band\b/g, ',')
    .split(',')
    .map(tidy)
    .filter(Boolean);
  const authors: CitationAuthor[] = [];
  for (const piece of pieces) {
    if (INITIALS.test(piece)) {
      const last = authors.at(-1);
      // Initials with no family name before them: not an author list this parser understands.
      if (!last || last.given) return null;
      last.given = piece.replace(/\.(?=[A-Z])/g, '. ');
    } else {
      // "Smith J" (initials without dots, as some exports write them) is read as a name and initials.
      const compact = /^(.+?)\s+([A-Z]{1,3})$/.exec(piece);
      if (compact)
        authors.push({
          family: compact[1],
          given: compact[2]
            .split('')
            .map((c) => `${c}.`)
            .join(' '),
        });
      else authors.push({ family: piece.replace(/\.$/, '') });
    }
  }
  return authors.length > 0 ? { authors, incomplete } : null;
}

/** One reference in APA style; `{ ok: false }` with the reason when it cannot be read whole. */
export function parseReference(input: string): ReferenceResult {
  const text = tidy(input.normalize('NFC'));
  const fail = (reason: string): ReferenceResult => ({ ok: false, text, reason });
  if (!text) return fail('the reference is empty');

  let rest = text;
  let doi: string | undefined;
  const doiMatch = DOI_IN_TEXT.exec(rest);
  if (doiMatch) {
    const candidate = balanced(normalizeDoi(doiMatch[1]));
    if (isWellFormedDoi(candidate)) doi = candidate;
    rest = tidy(rest.slice(0, doiMatch.index) + rest.slice(doiMatch.index + doiMatch[0].length));
  }
  let url: string | undefined;
  const urlMatch = URL_IN_TEXT.exec(rest);
  if (urlMatch) {
    url = urlMatch[0].replace(/[.,;)\]]+$/, '');
    rest = tidy(rest.slice(0, urlMatch.index) + rest.slice(urlMatch.index + urlMatch[0].length));
  }
  rest = rest.replace(/\s*(?:Retrieved from|Available at)\s*:?\s*$/i, '');

  const year = YEAR.exec(rest);
  if (!year || year.index === 0) return fail('no author list followed by a year in parentheses, such as "Smith, J. (2020)."');
  const authors = parseAuthors(rest.slice(0, year.index));
  if (!authors) return fail('the authors could not be read (expected "Family, I. I., Family, I. I., & Family, I. I.")');

  const after = tidy(rest.slice(year.index + year[0].length));
  // The title runs to the last sentence end before a "Journal, volume(issue), pages" part.
  const split = /^(?<title>.*[.?!])\s+(?<source>[^.?!]+?,\s*\d.*)$/.exec(after);
  let title: string;
  let source: RegExpExecArray | null = null;
  if (split?.groups) {
    source = SOURCE.exec(tidy(split.groups.source));
    title = split.groups.title;
  } else {
    title = after;
  }
  if (!source) title = after;
  title = title.replace(/\.$/, '').trim();
  if (!title) return fail('no title after the year');

  const groups = source?.groups;
  return {
    ok: true,
    citation: {
      authors: authors.authors,
      authorsIncomplete: authors.incomplete,
      year: Number(year[1]),
      title,
      ...(groups ? { journal: tidy(groups.journal), volume: groups.volume } : {}),
      ...(groups?.issue ? { issue: tidy(groups.issue) } : {}),
      ...(groups?.pages ? { pages: groups.pages.replace(/\s*[—-]\s*/, '–').replace(/\s*–\s*/, '–') } : {}),
      ...(doi ? { doi } : {}),
      ...(url && !doi ? { url } : {}),
    },
  };
}
