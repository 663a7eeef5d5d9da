/**
 * Page weight as a reader's browser pays it: the HTML, and every script the HTML references
 * (first-load JavaScript), each gzip-compressed. Shared by the byte-budget tests and bench scripts.
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  status: number;
  htmlBytes: number;
  htmlGzip: number;
  scripts: string[];
  /** Each script's size as served (raw) and gzip-compressed, in the order the HTML names them. */
  scriptSizes: Array<{ src: string; raw: number; gzip: number }>;
  scriptGzip: number;
}

export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  const res = await fetch(new URL(path, origin));
  const html = await res.text();
  const scripts = [...new Set([...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')))];
  const scriptSizes: PageWeight['scriptSizes'] = [];
  for (const src of scripts) {
    const body = await fetch(new URL(src, origin));
    if (!body.ok) throw new Error(`${src} answered ${body.status}`);
    const bytes = Buffer.from(await body.arrayBuffer());
    scriptSizes.push({ src, raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return {
    status: res.status,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    scripts,
    scriptSizes,
    scriptGzip: scriptSizes.reduce((sum, script) => sum + script.gzip, 0),
  };
}
