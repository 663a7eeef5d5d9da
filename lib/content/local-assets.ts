/**
 * Image fields in the form `sanity dataset import` uploads (`{"_type": "image", "_sanityAsset":
 * "image@file:///abs/path.jpg"}`, or `image@file://./images/x.jpg` relative to the NDJSON file, as
 * Sanity's own export archives write it), resolved for the local source: the file is copied under
 * `public/imported/` by its content hash, and the field points at a `sanity.imageAsset` document with
 * the site-relative URL and the image's dimensions, which is what the queries project. So one NDJSON
 * serves `LOCAL_DATASET` and `sanity dataset import` alike (docs/ARCHITECTURE.md, "Import contract").
 *
 * The dataset file is the site operator's, as trusted as the code: its absolute paths are followed
 * (the importer writes them), but only to a regular file that is a picture, which alone is copied.
 * Files are copied when the dataset is read, at build time: a dataset given to `next start` alone
 * (LOCAL_DATASET set at run time only) serves its pages; an image file copied after the server started
 * may not be served until it restarts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import type { PathSegment } from '../editorial/findings';

/** Where resolved files are copied, under `public/`; its URLs start with `/imported/`. */
export const LOCAL_ASSET_DIR = 'imported';
/** A larger file is not an article image; it is refused rather than copied. */
export const LOCAL_ASSET_MAX_BYTES = 20 * 1024 * 1024;
const IMAGE_TYPES: Record<string, string> = { jpg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' };

export interface AssetProblem {
  documentIndex: number;
  path: PathSegment[];
  message: string;
}

interface Resolved {
  assetId: string;
  url: string;
  width: number;
  height: number;
}

/** The file a `_sanityAsset` value names, or why it names none. */
export function assetFile(value: string, datasetFile: string): { file: string } | { problem: string } {
  const match = /^image@(file:\/\/.*)$/.exec(value);
  if (!match) return { problem: `"${value.slice(0, 80)}" is not an image@file:// address` };
  const url = match[1];
  if (url.startsWith('file://./') || url.startsWith('file://../')) {
    return { file: path.resolve(path.dirname(datasetFile), decodeURIComponent(url.slice('file://'.length))) };
  }
  try {
    return { file: fileURLToPath(url) };
  } catch {
    return { problem: `"${url.slice(0, 80)}" is not a file address` };
  }
}

/** One file, never throwing: whatever goes wrong costs only this image, and says why. */
function resolveFile(file: string, publicDir: string): Resolved | string {
  try {
    return resolveFileOrThrow(file, publicDir);
  } catch (error) {
    return `the image file ${file} cannot be used (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

function resolveFileOrThrow(file: string, publicDir: string): Resolved | string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return `the image file ${file} does not exist`;
  }
  // A folder, a device or a pipe is no image (and /dev/zero would never end).
  if (!stat.isFile()) return `${file} is not a file`;
  if (stat.size > LOCAL_ASSET_MAX_BYTES) return `the image file ${file} is larger than ${LOCAL_ASSET_MAX_BYTES / 1024 / 1024} MB`;
  const bytes = readFileSync(file);
  let dimensions;
  try {
    dimensions = imageSize(bytes);
  } catch {
    return `${file} is not an image this site can show (JPEG, PNG, WebP, GIF or AVIF)`;
  }
  const ext = dimensions.type ? IMAGE_TYPES[dimensions.type] : undefined;
  if (!ext || !dimensions.width || !dimensions.height) return `${file} is not an image this site can show (JPEG, PNG, WebP, GIF or AVIF)`;
  // EXIF orientations 5–8 turn the picture a quarter: the browser shows it with width and height swapped.
  const turned = dimensions.orientation !== undefined && dimensions.orientation >= 5;
  const width = turned ? dimensions.height : dimensions.width;
  const height = turned ? dimensions.width : dimensions.height;
  const hash = createHash('sha1').update(bytes).digest('hex');
  const name = `${hash}-${width}x${height}.${ext}`;
  const target = path.join(publicDir, LOCAL_ASSET_DIR, name);
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    // The bytes that were measured and hashed, not the file again (it may have changed since).
    writeFileSync(target, bytes);
  }
  return { assetId: `image-${hash}-${width}x${height}-${ext}`, url: `/${LOCAL_ASSET_DIR}/${name}`, width, height };
}

/**
 * The documents with every `_sanityAsset` field resolved, plus one asset document per file. A file
 * that is missing or not an image leaves its field without an asset (the boundary then leaves the
 * image out) and is named in `problems`: nothing else of the document is lost.
 */
export function resolveLocalAssets<T extends { _id: string; _type: string }>(
  documents: readonly T[],
  datasetFile: string,
  publicDir = path.join(process.cwd(), 'public'),
): { documents: T[]; assets: Array<{ _id: string; _type: 'sanity.imageAsset'; url: string; metadata: object }>; problems: AssetProblem[] } {
  const problems: AssetProblem[] = [];
  const byFile = new Map<string, Resolved | string>();
  const assets = new Map<string, { _id: string; _type: 'sanity.imageAsset'; url: string; metadata: object }>();
  const existing = new Set(documents.map((doc) => doc._id));

  function visit(value: unknown, at: PathSegment[], documentIndex: number): unknown {
    if (Array.isArray(value)) {
      let changed = false;
      const next = value.map((item, i) => {
        const key = (item as { _key?: unknown } | null)?._key;
        const out = visit(item, [...at, typeof key === 'string' ? key : i], documentIndex);
        if (out !== item) changed = true;
        return out;
      });
      return changed ? next : value;
    }
    if (!value || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (typeof record._sanityAsset === 'string') {
      const { _sanityAsset, ...rest } = record;
      const target = assetFile(_sanityAsset as string, datasetFile);
      if ('problem' in target) {
        problems.push({ documentIndex, path: at, message: `${target.problem}; the image is left out` });
        return rest;
      }
      let resolved = byFile.get(target.file);
      if (resolved === undefined) byFile.set(target.file, (resolved = resolveFile(target.file, publicDir)));
      if (typeof resolved === 'string') {
        problems.push({ documentIndex, path: at, message: `${resolved}; the image is left out` });
        return rest;
      }
      if (!existing.has(resolved.assetId) && !assets.has(resolved.assetId)) {
        const { width, height } = resolved;
        assets.set(resolved.assetId, {
          _id: resolved.assetId,
          _type: 'sanity.imageAsset',
          url: resolved.url,
          metadata: { dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height } },
        });
      }
      return { ...rest, asset: { _type: 'reference', _ref: resolved.assetId } };
    }
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(record)) {
      const out = visit(child, [...at, key], documentIndex);
      if (out !== child) changed = true;
      next[key] = out;
    }
    return changed ? next : value;
  }

  const resolvedDocuments = documents.map((doc, i) => visit(doc, [], i) as T);
  return { documents: resolvedDocuments, assets: [...assets.values()], problems };
}
