/**
 * Images an HTML or Markdown file names: a file beside it (`images/x.png`, relative to the file), or a
 * WordPress upload found in `--assets`. An image on another site is never fetched: it is named, for
 * the clinic to upload in the Studio (the site loads no image from another origin).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FoundImage } from './html';
import { sanityAsset, uploadsFile } from './wordpress';

export function localImageFinder(sourceFile: string, assets: string | undefined) {
  const dir = path.dirname(path.resolve(sourceFile));
  return (src: string): FoundImage | { problem: string } => {
    if (!src) return { problem: 'it has no address' };
    if (/^data:/i.test(src)) return { problem: 'it is embedded in the text as data; upload it in the Studio' };
    if (/\/wp-content\/uploads\//.test(src)) {
      const found = uploadsFile(src, assets);
      return 'file' in found ? { sanityAsset: sanityAsset(found.file) } : found;
    }
    let file: string;
    if (/^file:/i.test(src)) {
      try {
        file = fileURLToPath(src);
      } catch {
        return { problem: `its address ${src.slice(0, 80)} is not a file` };
      }
    } else if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
      return { problem: `it is on another site (${src.slice(0, 80)}) and is not copied: upload it in the Studio` };
    } else {
      let decoded = src.replace(/[?#].*$/, '');
      try {
        decoded = decodeURIComponent(decoded);
      } catch {
        // kept as written
      }
      file = path.resolve(dir, decoded.replace(/^\/+/, ''));
      if (!file.startsWith(dir + path.sep))
        return { problem: `its address leaves the folder of ${path.basename(sourceFile)} (${src.slice(0, 80)})` };
    }
    if (!existsSync(file) || !statSync(file).isFile()) return { problem: `its file ${file} does not exist` };
    return { sanityAsset: sanityAsset(realpathSync(file)) };
  };
}
