/** Which reader a file needs, told from its content, never its name (docs/ARCHITECTURE.md, "Import contract"). */
export type SourceFormat = 'wordpress' | 'html' | 'markdown' | 'text';

export function detectFormat(source: string): SourceFormat {
  const head = source.slice(0, 20_000);
  // WXR: an RSS document with WordPress's export namespace, whatever prefix it is given.
  if (/<rss\b[^>]*>/i.test(head) && /xmlns:[\w.-]+=["']https?:\/\/wordpress\.org\/export\/1\.\d\/["']/i.test(head)) return 'wordpress';
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
