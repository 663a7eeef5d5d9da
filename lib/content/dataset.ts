/**
 * The embedded dataset: an NDJSON file in Sanity's export format, queried with groq-js (Sanity's own
 * GROQ engine). Used by the local source and by the test query endpoint; no Next.js imports here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { evaluate, parse } from 'groq-js';
import type { Finding } from '../editorial/findings';
import { resolveLocalAssets } from './local-assets';

export interface RawDocument {
  _id: string;
  _type: string;
  [key: string]: unknown;
}

/** A line of the file that could not be loaded. */
export type LineFinding = Finding & { line: number };

export interface LoadedDataset {
  file: string;
  /** When this copy was read: a new value means the file changed. */
  loadedAt: number;
  documents: RawDocument[];
  findings: LineFinding[];
}

export const SEED_DATASET = path.join('sanity', 'seed', 'production.ndjson');

/** Parse NDJSON text. A malformed line is reported with its number and skipped; the rest loads. */
function parseNdjson(text: string): { documents: RawDocument[]; lines: number[]; findings: LineFinding[] } {
  const documents: RawDocument[] = [];
  const lines: number[] = [];
  const findings: LineFinding[] = [];
  const problem = (line: number, message: string) => findings.push({ level: 'error', path: [], line, message });
  const seen = new Set<string>();
  // A byte-order mark (some editors add one) must not cost the first document.
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const lineNumber = index + 1;
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        problem(lineNumber, `is not valid JSON (${(error as Error).message})`);
        return;
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        problem(lineNumber, 'is not a JSON object');
        return;
      }
      const doc = value as Partial<RawDocument>;
      if (typeof doc._id !== 'string' || doc._id === '' || typeof doc._type !== 'string' || doc._type === '') {
        problem(lineNumber, 'has no string "_id" and "_type"');
        return;
      }
      if (seen.has(doc._id)) {
        problem(lineNumber, `repeats _id "${doc._id}"; the first one is kept`);
        return;
      }
      seen.add(doc._id);
      documents.push(doc as RawDocument);
      lines.push(lineNumber);
    });
  return { documents, lines, findings };
}

/**
 * A dataset file's documents exactly as stored (image upload fields unresolved), for tools that write
 * the file again (`content:import --merge`). Throws when the file cannot be read.
 */
export function readDatasetFile(file: string): { documents: RawDocument[]; findings: LineFinding[] } {
  let text: string;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch {
    throw new Error(`The dataset file ${path.resolve(file)} does not exist or cannot be read.`);
  }
  const { documents, findings } = parseNdjson(text);
  return { documents, findings };
}

const cache = new Map<string, { mtimeMs: number; size: number; dataset: LoadedDataset }>();

/** Load a dataset file, cached by path and modification time (a changed file is read again). */
export function loadDataset(file: string): LoadedDataset {
  const absolute = path.resolve(file);
  let stat;
  try {
    stat = statSync(absolute);
  } catch {
    throw new Error(`The dataset file ${absolute} does not exist. Set LOCAL_DATASET to an NDJSON export, or unset it to use the seed.`);
  }
  const hit = cache.get(absolute);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.dataset;
  const text = readFileSync(absolute, 'utf8');
  const parsed = parseNdjson(text);
  let { documents } = parsed;
  const { findings } = parsed;
  // Image fields in `sanity dataset import`'s upload form: the file copied under public/ (lib/content/local-assets.ts).
  if (text.includes('"_sanityAsset"')) {
    const resolved = resolveLocalAssets(documents, absolute);
    documents = [...resolved.documents, ...resolved.assets];
    for (const problem of resolved.problems) {
      const where = problem.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
      findings.push({
        level: 'warning',
        line: parsed.lines[problem.documentIndex],
        path: problem.path,
        message: `has an image that cannot be shown (${documents[problem.documentIndex]._id}${where}): ${problem.message}`,
      });
    }
  }
  const dataset = { file: absolute, loadedAt: stat.mtimeMs, documents, findings };
  cache.set(absolute, { mtimeMs: stat.mtimeMs, size: stat.size, dataset });
  return dataset;
}

export type Perspective = 'published' | 'drafts' | 'previewDrafts' | 'raw';

/**
 * The documents a perspective sees, as the Content Lake does: "published" drops every id with a dot
 * (drafts.*, versions.*); "drafts" lays drafts over their published documents under the published id.
 */
export function applyPerspective(documents: RawDocument[], perspective: Perspective): RawDocument[] {
  if (perspective === 'raw') return documents;
  const published = documents.filter((doc) => !doc._id.includes('.'));
  if (perspective === 'published') return published;
  // As on the Content Lake, every document of the drafts view says which version it is.
  const byId = new Map(published.map((doc) => [doc._id, { ...doc, _originalId: doc._id }]));
  for (const doc of documents) {
    if (doc._id.startsWith('drafts.') && !doc._id.slice('drafts.'.length).includes('.')) {
      const id = doc._id.slice('drafts.'.length);
      byId.set(id, { ...doc, _id: id, _originalId: doc._id });
    }
  }
  return [...byId.values()];
}

/** Run a GROQ query over documents with groq-js. */
export async function queryDocuments(documents: RawDocument[], query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const tree = parse(query, { params });
  const value = await evaluate(tree, { dataset: documents, params });
  return value.get();
}

/**
 * One perspective of a loaded dataset, indexed so a query does not scan every document: by _id (for
 * references: groq-js otherwise looks each `->` up by scanning the dataset), by _type, and by type
 * and slug. At 5,000 posts an article's query takes 0.8 ms through it and 27 ms over every document
 * (bench/RESULTS.md, "Cache layers"). Built once per dataset version and perspective.
 */
export interface IndexedDataset {
  documents: RawDocument[];
  byId: Map<string, RawDocument>;
  byType: Map<string, RawDocument[]>;
  /** _type → slug.current → documents. */
  bySlug: Map<string, Map<string, RawDocument[]>>;
}

const indexes = new WeakMap<LoadedDataset, Map<Perspective, IndexedDataset>>();

export function indexDataset(dataset: LoadedDataset, perspective: Perspective): IndexedDataset {
  let byPerspective = indexes.get(dataset);
  if (!byPerspective) indexes.set(dataset, (byPerspective = new Map()));
  const hit = byPerspective.get(perspective);
  if (hit) return hit;
  const index = indexDocuments(applyPerspective(dataset.documents, perspective));
  byPerspective.set(perspective, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index of documents already seen through a perspective (not cached: indexDataset caches). */
export function indexDocuments(documents: RawDocument[]): IndexedDataset {
  const index: IndexedDataset = { documents, byId: new Map(), byType: new Map(), bySlug: new Map() };
  for (const doc of documents) {
    index.byId.set(doc._id, doc);
    push(index.byType, doc._type, doc);
    const slug = (doc.slug as { current?: unknown } | undefined)?.current;
    if (typeof slug === 'string') {
      let ofType = index.bySlug.get(doc._type);
      if (!ofType) index.bySlug.set(doc._type, (ofType = new Map()));
      push(ofType, slug, doc);
    }
  }
  return index;
}

type GroqNode = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is GroqNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Every node of a parsed query, depth first. */
function* nodes(value: unknown): Generator<GroqNode> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (isNode(value)) {
    yield value;
    for (const [key, child] of Object.entries(value)) if (key !== 'type') yield* nodes(child);
  }
}

/**
 * `_id`, `_type` or `slug.current` of the document being filtered, as a dotted name. A key that has a
 * dot of its own (`@["slug.current"]`) is not read: it would pass for a path.
 */
function attributeName(node: unknown): string | undefined {
  if (!isNode(node) || node.type !== 'AccessAttribute' || typeof node.name !== 'string' || node.name.includes('.')) return undefined;
  if (node.base === undefined || (isNode(node.base) && node.base.type === 'This')) return node.name;
  const base = attributeName(node.base);
  return base === undefined ? undefined : `${base}.${node.name}`;
}

/** The `name == "value"` conditions every match of a filter must meet (the operands of its top-level &&s). */
function equalities(expr: unknown, found = new Map<string, string>()): Map<string, string> {
  if (!isNode(expr)) return found;
  if (expr.type === 'And') {
    equalities(expr.left, found);
    equalities(expr.right, found);
  } else if (expr.type === 'Group') {
    equalities(expr.base, found);
  } else if (expr.type === 'OpCall' && expr.op === '==') {
    for (const [attribute, value] of [
      [expr.left, expr.right],
      [expr.right, expr.left],
    ]) {
      const name = attributeName(attribute);
      if (name && isNode(value) && value.type === 'Value' && typeof value.value === 'string') found.set(name, value.value);
    }
  }
  return found;
}

// Functions that cannot read the dataset. Any other (releases::all() reads it without a `*` in the
// tree) keeps the query from being narrowed.
const PURE_NAMESPACES = new Set(['global', 'string', 'array', 'math', 'pt', 'dateTime', 'geo', 'sanity']);

/**
 * The documents a query's filter can match, read off its parsed tree (so any spelling of the same
 * filter narrows alike): when the query reads the dataset once (a single `*`) through a filter that
 * requires `_id == "x"`, `_type == "t"` (with `slug.current == "s"` or not), only those documents.
 * Anything else gets every document; the answer is the same either way, only the work differs.
 */
function candidates(index: IndexedDataset, tree: unknown): RawDocument[] {
  let everything = 0;
  let filter: GroqNode | undefined;
  for (const node of nodes(tree)) {
    if (node.type === 'FuncCall' && !PURE_NAMESPACES.has(String(node.namespace))) return index.documents;
    if (node.type === 'Everything') everything += 1;
    if (node.type === 'Filter' && isNode(node.base) && node.base.type === 'Everything') filter = node;
  }
  if (everything !== 1 || !filter) return index.documents;
  const required = equalities(filter.expr);
  const id = required.get('_id');
  if (id !== undefined) {
    const doc = index.byId.get(id);
    return doc ? [doc] : [];
  }
  const type = required.get('_type');
  if (type === undefined) return index.documents;
  const slug = required.get('slug.current');
  if (slug !== undefined) return index.bySlug.get(type)?.get(slug) ?? [];
  return index.byType.get(type) ?? [];
}

/**
 * Run a GROQ query with groq-js over an indexed dataset: the same answer as queryDocuments over
 * index.documents, with references resolved through the _id map and the filter given only the
 * documents it can match.
 */
export async function queryIndexed(index: IndexedDataset, query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const tree = parse(query, { params });
  const value = await evaluate(tree, {
    dataset: candidates(index, tree),
    params,
    dereference: ({ _ref }) => index.byId.get(_ref) ?? null,
  });
  return value.get();
}
