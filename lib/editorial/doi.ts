/**
 * DOI handling (docs/ARCHITECTURE.md "DOI check"): editors paste DOIs in every shape; we store the bare DOI and
 * link it as https://doi.org/<doi>.
 */

const DOI_PREFIXES = /^(?:https?:\/\/(?:dx\.|www\.)?doi\.org\/|doi:\s*)/i;
const TRAILING_PUNCTUATION = /[.,;:]+$/;
// Crossref's recommended pattern for modern DOIs.
const DOI_SHAPE = /^10.\d{4,9}\/[-._;()/:A-Z0-9]+$/i;

/** "https://doi.org/10.1/x." → "10.1/x". Returns the trimmed input when nothing needs stripping. */
export function normalizeDoi(input: string): string {
  let doi = input.trim();
  doi = doi.replace(DOI_PREFIXES, '');
  try {
    // A DOI copied from a browser's address bar may be percent-encoded.
    if (/%[0-9A-F]{2}/i.test(doi)) doi = decodeURIComponent(doi);
  } catch {
    // Keep it as typed; the shape check reports it.
  }
  return doi.trim().replace(TRAILING_PUNCTUATION, '');
}

/** True for a DOI of the modern Crossref shape. A miss is a warning: old DOIs exist. */
export function isWellFormedDoi(doi: string): boolean {
  return DOI_SHAPE.test(normalizeDoi(doi));
}

/** The resolver link for a DOI; characters that would end the path ("#", "?") are escaped. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(normalizeDoi(doi)).replace(/#/g, '%23').replace(/\?/g, '%3F')}`;
}

/** The DOI as APA 7 prints it: https://doi.org/… with no "doi:" and no trailing period. */
export function doiDisplay(doi: string): string {
  return `https://doi.org/${normalizeDoi(doi)}`;
}
