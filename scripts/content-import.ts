/**
 * npm run content:import -- <file>... --out <dataset.ndjson> [--assets <dir>] [--merge <dataset.ndjson>]
 * Imports articles into NDJSON in Sanity's export format (readable by LOCAL_DATASET, importable with
 * `sanity dataset import`), with `_id`s from the source so a second run replaces what the first
 * wrote. Prints what it imported, every part it could not map, and content:check's summary of the
 * result. Exit 0 when it wrote a dataset, 1 when it could not, with the reason in one line.
 *
 * It reads a WordPress export (WXR), HTML, Markdown or plain text like the seed, told apart by content
 * (lib/import/detect.ts). `--assets` is a copy of WordPress's `wp-content/uploads`, where images are
 * found; an HTML or Markdown file's own images are found beside it.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { checkDataset } from '../lib/content/check';
import { readDatasetFile } from '../lib/content/dataset';
import { buildDocuments, type ImportNote, type SanityDocument } from '../lib/import/documents';
import { detectFormat } from '../lib/import/detect';
import type { ImportedArticle } from '../lib/import/article';
import { parsePlainText } from '../lib/import/plain-text';

// The HTML readers (jsdom, block-tools) load only when a file needs them: plain text starts in a second.
const wordpressReader = () => import('../lib/import/wordpress');
const htmlReader = () => import('../lib/import/html-document');
const markdownReader = () => import('../lib/import/markdown');

const USAGE = 'Usage: npm run content:import -- <file>... --out <dataset.ndjson> [--assets <uploads folder>] [--merge <dataset.ndjson>]';

function parseArgs(argv: string[]): { files: string[]; out: string; merge?: string; assets?: string } | string {
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out' || arg === '--merge' || arg === '--assets') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return `${arg} needs ${arg === '--assets' ? 'a folder' : 'a file name'}. ${USAGE}`;
      options[arg.slice(2)] = value;
      i += 1;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}. ${USAGE}`;
    else files.push(arg);
  }
  if (files.length === 0) return `No file to import. ${USAGE}`;
  if (!options.out) return `Say where to write the dataset with --out. ${USAGE}`;
  if (options.assets && !(existsSync(options.assets) && statSync(options.assets).isDirectory())) {
    return `--assets ${options.assets} is not a folder: give the copy of wp-content/uploads.`;
  }
  return {
    files,
    out: options.out,
    ...(options.merge ? { merge: options.merge } : {}),
    ...(options.assets ? { assets: options.assets } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`content:import: ${args}`);
    return 1;
  }
  const articles: ImportedArticle[] = [];
  const notes: ImportNote[] = [];
  /** What the sources held that is not an article (WordPress users, attachments, menu items…), for the report. */
  const sourceCounts = new Map<string, number>();
  for (const file of args.files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      console.error(`content:import: ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      return 1;
    }
    const format = detectFormat(source);
    if (format === 'wordpress') {
      try {
        const { readWordPress } = await wordpressReader();
        const read = await readWordPress(source, {
          file,
          threads: availableParallelism(),
          ...(args.assets ? { assets: args.assets } : {}),
        });
        articles.push(...read.articles);
        notes.push(...read.notes);
        for (const [kind, n] of read.counts) sourceCounts.set(kind, (sourceCounts.get(kind) ?? 0) + n);
      } catch (error) {
        console.error(`content:import: ${(error as Error).message}`);
        return 1;
      }
      continue;
    }
    const assets = args.assets ? { assets: args.assets } : {};
    const article =
      format === 'html'
        ? (await htmlReader()).readHtmlDocument(source, { file, notes, ...assets })
        : format === 'markdown'
          ? (await markdownReader()).readMarkdown(source, { file, notes, ...assets })
          : parsePlainText(source);
    if (!article)
      notes.push({ level: 'error', where: file, message: 'No title and text could be found in this file; nothing was imported from it.' });
    else articles.push(article);
  }
  if (articles.length === 0) {
    for (const note of notes) console.error(`  ${note.level} ${note.where}: ${note.message}`);
    console.error(`content:import: no post could be imported from ${args.files.join(', ')}; no dataset was written.`);
    return 1;
  }

  const built = buildDocuments(articles);
  notes.push(...built.notes);
  let documents: SanityDocument[] = built.documents;
  // --merge: the dataset's own lines are copied as they are (even one that does not parse: it is the
  // dataset's, not ours to drop), then what is new. An imported document never replaces one of the
  // dataset's, draft or published.
  let prefix = '';
  let written = built.documents;
  if (args.merge) {
    let existing;
    try {
      existing = readDatasetFile(args.merge);
      prefix = readFileSync(args.merge, 'utf8');
    } catch (error) {
      console.error(`content:import: ${(error as Error).message}`);
      return 1;
    }
    if (prefix !== '' && !prefix.endsWith('\n')) prefix += '\n';
    for (const finding of existing.findings) {
      notes.push({
        level: 'warning',
        where: `${args.merge} line ${finding.line}`,
        message: `This line ${finding.message}; it is copied as it is, and the site skips it.`,
      });
    }
    const base = (id: string) => id.replace(/^drafts\./, '');
    const ids = new Set(existing.documents.map((d) => base(d._id)));
    for (const doc of built.documents) {
      if (ids.has(base(doc._id)))
        notes.push({
          level: 'warning',
          where: args.merge,
          message: `"${base(doc._id)}" is already in the dataset; the dataset's document is kept unchanged.`,
        });
    }
    written = built.documents.filter((d) => !ids.has(base(d._id)));
    documents = [...existing.documents, ...written];
  }
  // Written beside the target and renamed over it: a failure half-way never leaves half a dataset.
  const temporary = `${args.out}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, prefix + written.map((d) => `${JSON.stringify(d)}\n`).join(''));
    renameSync(temporary, args.out);
  } catch (error) {
    rmSync(temporary, { force: true });
    console.error(`content:import: ${args.out} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    return 1;
  }

  const counts = new Map<string, number>();
  for (const doc of built.documents) counts.set(doc._type, (counts.get(doc._type) ?? 0) + 1);
  console.log(`content:import wrote ${path.relative(process.cwd(), path.resolve(args.out)) || args.out}: ${documents.length} document(s)`);
  const drafts = built.documents.filter((d) => d._id.startsWith('drafts.')).length;
  console.log(`  imported: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}${drafts > 0 ? ` (${drafts} of them drafts)` : ''}`);
  if (sourceCounts.size > 0) console.log(`  read from WordPress: ${[...sourceCounts].map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
  for (const note of notes) console.log(`  ${note.level} ${note.where}: ${note.message}${note.snippet ? `\n      "${note.snippet}"` : ''}`);
  const report = await checkDataset(documents, []);
  console.log(
    `content:check of the result: ${report.errors} error(s), ${report.warnings} warning(s). Run npm run content:check ${args.out} for the details.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('content:import failed:', error);
    process.exitCode = 1;
  },
);
