/**
 * npm run content:import -- <file>... --out <dataset.ndjson> [--merge <dataset.ndjson>]
 * Imports articles into NDJSON in Sanity's export format (readable by LOCAL_DATASET, importable with
 * `sanity dataset import`), with `_id`s from the source so a second run replaces what the first
 * wrote. Prints what it imported, every part it could not map, and content:check's summary of the
 * result. Exit 0 when it wrote a dataset, 1 when it could not, with the reason in one line.
 *
 * This version reads plain text like the seed; WordPress exports, HTML and Markdown are reported as
 * not read yet (issue 18 continues).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkDataset } from '../lib/content/check';
import { loadDataset } from '../lib/content/dataset';
import { buildDocuments, type ImportNote, type SanityDocument } from '../lib/import/documents';
import { detectFormat } from '../lib/import/detect';
import { parsePlainText, type ImportedArticle } from '../lib/import/plain-text';

const USAGE = 'Usage: npm run content:import -- <file>... --out <dataset.ndjson> [--merge <dataset.ndjson>]';

function parseArgs(argv: string[]): { files: string[]; out: string; merge?: string } | string {
  const files: string[] = [];
  let out: string | undefined;
  let merge: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out' || arg === '--merge') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return `${arg} needs a file name. ${USAGE}`;
      if (arg === '--out') out = value;
      else merge = value;
      i += 1;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}. ${USAGE}`;
    else files.push(arg);
  }
  if (files.length === 0) return `No file to import. ${USAGE}`;
  if (!out) return `Say where to write the dataset with --out. ${USAGE}`;
  return { files, out, ...(merge ? { merge } : {}) };
}

const NOT_YET: Record<string, string> = {
  wordpress: 'a WordPress export',
  html: 'HTML',
  markdown: 'Markdown',
};

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`content:import: ${args}`);
    return 1;
  }
  const articles: ImportedArticle[] = [];
  const notes: ImportNote[] = [];
  for (const file of args.files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      console.error(`content:import: ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      return 1;
    }
    const format = detectFormat(source);
    if (format !== 'text') {
      notes.push({
        level: 'error',
        where: file,
        message: `This file is ${NOT_YET[format]}, which this version of content:import does not read yet; nothing was imported from it.`,
      });
      continue;
    }
    const article = parsePlainText(source);
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
  if (args.merge) {
    let existing;
    try {
      existing = loadDataset(args.merge);
    } catch (error) {
      console.error(`content:import: ${(error as Error).message}`);
      return 1;
    }
    const ids = new Set(existing.documents.map((d) => d._id));
    for (const doc of built.documents) {
      if (ids.has(doc._id))
        notes.push({
          level: 'warning',
          where: args.merge,
          message: `"${doc._id}" is already in the dataset; the dataset's document is kept unchanged.`,
        });
    }
    documents = [...existing.documents, ...built.documents.filter((d) => !ids.has(d._id))];
  }
  writeFileSync(args.out, documents.map((d) => JSON.stringify(d)).join('\n') + '\n');

  const counts = new Map<string, number>();
  for (const doc of built.documents) counts.set(doc._type, (counts.get(doc._type) ?? 0) + 1);
  console.log(`content:import wrote ${path.relative(process.cwd(), path.resolve(args.out)) || args.out}: ${documents.length} document(s)`);
  console.log(`  imported: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}`);
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
