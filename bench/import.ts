/**
 * Import speed: `npm run content:import` (the real CLI, a child process) on a WordPress export of N
 * posts (default 1,000), made from the Gutenberg and classic posts of the import fixtures with their
 * attachments and images, so every post carries headings, nested lists, a table, shortcodes, an
 * embed, images and a reference list. Prints the wall time and what was written; numbers, never
 * pass/fail.
 *
 *   node --import tsx bench/import.ts [N] [--json]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'import', 'wordpress', 'clinic-blog.wordpress.xml');

export interface ImportCost {
  posts: number;
  exportBytes: number;
  seconds: number;
  documents: number;
  drafts: number;
}

/** A WXR of `n` published posts: the fixture's channel and attachments, its posts 123 and 131 repeated under new ids and slugs. */
export function syntheticExport(n: number): string {
  const xml = readFileSync(FIXTURE, 'utf8');
  const [head, ...rest] = xml.split('<item>');
  const items = rest.map((item) => `<item>${item.replace(/<\/channel>[\s\S]*$/, '')}`);
  const tail = '</channel>\n</rss>\n';
  const keep = items.filter((item) => /<wp:post_type><!\[CDATA\[attachment\]\]><\/wp:post_type>/.test(item));
  const templates = items.filter((item) => /<wp:post_id>(?:123|131)<\/wp:post_id>/.test(item));
  const posts: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const id = 10_000 + i;
    posts.push(
      templates[i % templates.length]
        .replace(/<wp:post_id>\d+<\/wp:post_id>/, `<wp:post_id>${id}</wp:post_id>`)
        .replace(
          /<wp:post_name><!\[CDATA\[([^\]]*)\]\]><\/wp:post_name>/,
          (_m, slug: string) => `<wp:post_name><![CDATA[${slug}-${id}]]></wp:post_name>`,
        )
        .replace(
          /<title>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/title>/,
          (_m, title: string) => `<title><![CDATA[${title} (${id})]]></title>`,
        )
        .replace(/<link>([^<]*?)\/?<\/link>/, (_m, link: string) => `<link>${link}-${id}/</link>`),
    );
  }
  return `${head}${keep.join('')}${posts.join('')}${tail}`;
}

export function measureImport(n = 1000): ImportCost {
  const dir = path.join(ROOT, '.bench', 'import');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `export-${n}.wordpress.xml`);
  writeFileSync(file, syntheticExport(n));
  const out = path.join(dir, `imported-${n}.ndjson`);
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/content-import.ts', file, '--assets', path.join(path.dirname(FIXTURE), 'uploads'), '--out', out],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`content:import failed: ${run.stderr}`);
  const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  return {
    posts: n,
    exportBytes: statSync(file).size,
    seconds,
    documents: lines.length,
    drafts: lines.filter((l) => l.startsWith('{"_id":"drafts.')).length,
  };
}

if (process.argv[1]?.endsWith('import.ts')) {
  const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
  const cost = measureImport(n);
  if (process.argv.includes('--json')) console.log(JSON.stringify(cost));
  else
    console.log(
      `content:import of a WordPress export of ${cost.posts} posts (${(cost.exportBytes / 1024 / 1024).toFixed(1)} MiB): ${cost.seconds.toFixed(1)} s, ` +
        `${(cost.posts / cost.seconds).toFixed(0)} posts/s; ${cost.documents} documents written (${cost.drafts} drafts)`,
    );
}
