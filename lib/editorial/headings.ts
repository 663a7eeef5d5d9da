/**
 * Anchor ids for article headings, stable from the heading text: the same heading keeps the same
 * link when the article is edited elsewhere, so a clinician can share "…#what-is-kap".
 */

/** ids the article page uses for its own parts; a heading never takes one of them. */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  'main',
  'contents',
  'crisis-resources',
  'crisis-heading',
  'references',
  'references-heading',
  'about-the-author',
  'related',
  'crisis-line',
  'topics',
  'topics-section',
  'author-articles',
  'category-articles',
]);

/**
 * "What is KAP?" → "what-is-kap", "2. Breaking the cycle" → "breaking-the-cycle"; Latin accents folded
 * ("café" → "cafe"), other scripts kept as letters; empty when no letter or digit is left.
 */
export function headingSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      // "1. The neurobiology of hope": the number is presentation; the id keeps the words.
      .replace(/^\s*\d{1,3}[.)]\s+/, '')
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '')
  );
}

/**
 * One id per heading, in order: repeated headings get "-2", "-3"; a heading with no usable text (or
 * one that would clash with the page's own ids or start with a digit) is prefixed "section-".
 */
export function headingIds(texts: readonly string[]): string[] {
  const used = new Set<string>();
  return texts.map((text, index) => {
    let base = headingSlug(text);
    if (!base) base = `section-${index + 1}`;
    else if (RESERVED_IDS.has(base) || /^(?:ref|cite)-\d/.test(base) || /^\d/.test(base)) base = `section-${base}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
