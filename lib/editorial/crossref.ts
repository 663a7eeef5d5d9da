/**
 * DOI lookup through Crossref's public REST API (https://api.crossref.org/works/{doi}): the work's
 * metadata mapped onto a citation's fields. Offline, or for a DOI Crossref does not know, the result
 * says so plainly and carries no fields, so the caller changes nothing.
 */
import { decodeHTMLStrict } from 'entities';
import { formatPages } from './apa';
import { isWellFormedDoi, normalizeDoi } from './doi';

/** The parts of Crossref's `message` for a work that a citation uses. */
export interface CrossrefWork {
  DOI?: string;
  title?: string[];
  'container-title'?: string[];
  author?: Array<{ given?: string; family?: string; name?: string; suffix?: string; sequence?: string }>;
  issued?: { 'date-parts'?: Array<Array<number | null>> };
  'published-print'?: { 'date-parts'?: Array<Array<number | null>> };
  'published-online'?: { 'date-parts'?: Array<Array<number | null>> };
  volume?: string;
  issue?: string;
  page?: string;
  'article-number'?: string;
}

export interface CitationFields {
  authors?: Array<{ _type: 'citationAuthor'; _key: string; family: string; given?: string; suffix?: string }>;
  authorsIncomplete?: boolean;
  year?: number;
  title?: string;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi: string;
}

export type DoiLookupResult = { ok: true; fields: CitationFields; message: string } | { ok: false; message: string };

/** "Elizabeth D." → "E. D."; "Jean-Paul" → "J.-P."; initials already written stay as they are. */
export function initials(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((name) =>
      name
        .split('-')
        .map((part) => {
          const letter = part.replace(/^[^\p{L}]+/u, '').charAt(0);
          return letter ? `${letter.toUpperCase()}.` : '';
        })
        .filter(Boolean)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
}

// Crossref titles may carry JATS/HTML markup (<i>, <sub>) and entity-escaped characters. Tags go
// first, so an escaped "&lt;i&gt;" stays text; strict mode decodes only entities ended by ";" ("&notation" stays).
function plain(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const cleaned = decodeHTMLStrict(text.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned || undefined;
}

function firstYear(work: CrossrefWork): number | undefined {
  for (const date of [work.issued, work['published-print'], work['published-online']]) {
    const year = date?.['date-parts']?.[0]?.[0];
    if (typeof year === 'number' && Number.isInteger(year)) return year;
  }
  return undefined;
}

/** Crossref's work → the citation's fields (authors as family name and initials, pages with an en dash). */
export function mapCrossrefWork(work: CrossrefWork, doi: string): CitationFields {
  const authors = (work.author ?? [])
    .map((a) => {
      const family = plain(a.family) ?? plain(a.name);
      if (!family) return undefined;
      const given = a.family && a.given ? initials(plain(a.given) ?? '') : undefined;
      return { family, given: given || undefined, suffix: plain(a.suffix) };
    })
    .filter((a): a is NonNullable<typeof a> => a !== undefined)
    .map((a, i) => ({
      _type: 'citationAuthor' as const,
      _key: `crossref-${i + 1}`,
      family: a.family,
      ...(a.given ? { given: a.given } : {}),
      ...(a.suffix ? { suffix: a.suffix } : {}),
    }));
  const pages = plain(work.page) ?? plain(work['article-number']);
  const fields: CitationFields = {
    // Crossref lists every author, so the list is complete.
    ...(authors.length > 0 ? { authors, authorsIncomplete: false } : {}),
    year: firstYear(work),
    title: plain(work.title?.[0]),
    journal: plain(work['container-title']?.[0]),
    volume: plain(work.volume),
    issue: plain(work.issue),
    pages: pages ? formatPages(pages) : undefined,
    doi: normalizeDoi(work.DOI ?? doi),
  };
  // Leave out what Crossref does not know, so a lookup never blanks a field the editor filled in.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as CitationFields;
}

const CROSSREF_WORKS = 'https://api.crossref.org/works/';

export function crossrefUrl(doi: string): string {
  return CROSSREF_WORKS + normalizeDoi(doi).split('/').map(encodeURIComponent).join('/');
}

/** Look a DOI up on Crossref. Never throws: every failure is a plain message and no fields. */
export async function lookupDoi(input: string, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<DoiLookupResult> {
  const doi = normalizeDoi(input ?? '');
  if (!doi) return { ok: false, message: 'Type or paste the DOI first. Nothing was changed.' };
  if (!isWellFormedDoi(doi)) {
    return { ok: false, message: `"${doi}" does not look like a DOI (10.NNNN/…), so it was not looked up. Nothing was changed.` };
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(crossrefUrl(doi), {
      headers: { Accept: 'application/json' },
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(options.timeoutMs ?? 10_000) : undefined,
    });
  } catch {
    return {
      ok: false,
      message: 'Crossref could not be reached (are you offline?). Nothing was changed; try again later or fill the fields in by hand.',
    };
  }
  if (response.status === 404) {
    return { ok: false, message: `Crossref does not know the DOI ${doi}. Check it against the article's page. Nothing was changed.` };
  }
  if (!response.ok) {
    return { ok: false, message: `Crossref answered with an error (HTTP ${response.status}). Nothing was changed; try again later.` };
  }
  let work: CrossrefWork | undefined;
  try {
    const body = (await response.json()) as { status?: string; message?: CrossrefWork };
    work = body.status === 'ok' && body.message && typeof body.message === 'object' ? body.message : undefined;
  } catch {
    work = undefined;
  }
  if (!work) return { ok: false, message: 'Crossref sent an answer that could not be read. Nothing was changed.' };
  const fields = mapCrossrefWork(work, doi);
  const authorCount = fields.authors?.length ?? 0;
  if (!fields.title && authorCount === 0) {
    return { ok: false, message: `Crossref has no title or authors for ${doi}. Nothing was changed.` };
  }
  return {
    ok: true,
    fields,
    message: `Filled from Crossref: ${authorCount} author(s), ${fields.year ?? 'no year'}, "${fields.title ?? 'untitled'}". Check the title is in sentence case.`,
  };
}
