/** Which reader a file needs, told from its content, never its name (docs/ARCHITECTURE.md, "Import contract"). */
export type SourceFormat = 'wordpress' | 'html' | 'markdown' | 'text';

export function detectFormat(source: string): SourceFormat {
  const head = source.slice(0, 20_000);
  if (/<rss\b[^>]*>/i.test(head) && /xmlns:wp=["']https?:\/\/wordpress\.org\/export\//i.test(head)) return 'wordpress';
  if (/<(?:!doctype html|html|body|article|p|h[1-6]|ul|ol|div)\b[^>]*>/i.test(head)) return 'html';
  if (
    /^#{1,6}\s+\S/m.test(head) ||
    /\[[^\]]+\]\([^)]+\)/.test(head) ||
    /^\s*[-*+]\s+\S.*\n\s*[-*+]\s+\S/m.test(head) ||
    /\*\*[^*]+\*\*/.test(head)
  ) {
    return 'markdown';
  }
  return 'text';
}
