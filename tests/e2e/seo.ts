/**
 * Checks of what crawlers read, shared by the seed and dataset projects: JSON-LD from the page, the
 * sitemap against the sitemaps.org XSD (xmllint), the feed through an independent XML parser, and
 * HTML through html-validate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import type { Page } from '@playwright/test';

export type LdNode = Record<string, unknown>;

/** Every JSON-LD block on the page, parsed; the @graph nodes flattened. */
export async function jsonLdNodes(page: Page): Promise<LdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as { '@context'?: string; '@graph'?: LdNode[] };
    if (data['@context'] !== 'https://schema.org') throw new Error('JSON-LD without the schema.org context');
    return data['@graph'] ?? [data as LdNode];
  });
}

export function nodeOfType(nodes: LdNode[], type: string): LdNode {
  const node = nodes.find((n) => n['@type'] === type);
  if (!node) throw new Error(`no ${type} in the JSON-LD (found ${nodes.map((n) => n['@type']).join(', ')})`);
  return node;
}

/**
 * xmllint --schema: returns xmllint's output; throws with it when the document is invalid. The
 * sitemaps.org XSD validates elements of other namespaces strictly and ships no schema for the
 * hreflang alternates (`<xhtml:link rel="alternate" hreflang href>`, Google's sitemap extension), so
 * each of those is checked here for its shape, then left out of what xmllint reads.
 */
export function validateSitemap(xml: string): string {
  const links = xml.match(/<xhtml:link\b[^>]*\/>/g) ?? [];
  for (const link of links) {
    if (!/^<xhtml:link rel="alternate" hreflang="(?:[a-z]{2}(?:-[A-Z]{2})?|x-default)" href="https?:\/\/[^"]+" \/>$/.test(link)) {
      throw new Error(`not an hreflang alternate: ${link}`);
    }
  }
  if (links.length > 0 && !xml.includes('xmlns:xhtml="http://www.w3.org/1999/xhtml"')) throw new Error('xhtml:link without its namespace');
  const dir = mkdtempSync(path.join(tmpdir(), 'sitemap-'));
  const file = path.join(dir, 'sitemap.xml');
  writeFileSync(file, xml.replace(/<xhtml:link\b[^>]*\/>/g, ''));
  const xsd = path.join(__dirname, '..', 'fixtures', 'sitemap-0.9.xsd');
  return execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8', stdio: 'pipe' });
}

export function sitemapUrls(xml: string): Array<{ loc: string; lastmod?: string }> {
  const doc = new XMLParser().parse(xml) as { urlset: { url: unknown } };
  const urls = Array.isArray(doc.urlset.url) ? doc.urlset.url : [doc.urlset.url];
  return urls as Array<{ loc: string; lastmod?: string }>;
}

export interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  'dc:creator': string;
  category: { '#text': string };
  description: string;
}

export function rssItems(xml: string): RssItem[] {
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { '@_version': string; channel: { item?: unknown } } };
  if (doc.rss['@_version'] !== '2.0') throw new Error('not RSS 2.0');
  const items = doc.rss.channel.item;
  return (Array.isArray(items) ? items : items ? [items] : []) as RssItem[];
}

/**
 * html-validate's "standard" preset (validity against the HTML standard) with the two style rules
 * React's serialisation cannot satisfy turned off; nothing else relaxed.
 */
const htmlValidate = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: { 'void-style': 'off', 'attribute-boolean-style': 'off' },
});

export async function htmlErrors(html: string): Promise<string[]> {
  const report = await htmlValidate.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`));
}

/** The site's absolute URLs use NEXT_PUBLIC_SITE_URL; the test server listens elsewhere. */
export function onTestServer(url: string, baseURL: string): string {
  const u = new URL(url);
  return new URL(u.pathname + u.search, baseURL).toString();
}
