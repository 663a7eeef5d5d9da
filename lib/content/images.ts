/**
 * Image sources for next/image. Sanity images go through @sanity/image-url (crop, hotspot, the
 * aspect ratio we ask for) and then through Next's same-origin optimizer, so a reader's browser never
 * contacts the image CDN. Files under public/ (local datasets) are used as they are.
 */
import { createImageUrlBuilder } from '@sanity/image-url';
import type { SiteImage } from './schema/fields';

// https://cdn.sanity.io/images/<projectId>/<dataset>/<hash>-<width>x<height>.<ext>
const CDN_IMAGE = /^https:\/\/cdn\.sanity\.io\/images\/([a-z0-9-]+)\/([a-z0-9_~-]+)\/([A-Za-z0-9]+-\d+x\d+)\.([a-z0-9]+)(?:\?.*)?$/;

export interface ImageSource {
  src: string;
  width: number;
  height: number;
}

/** The image's own size after the editor's crop. */
export function croppedSize(image: SiteImage): { width: number; height: number } {
  const { width, height } = image.asset.metadata.dimensions;
  const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 };
  return {
    width: Math.max(1, Math.round(width * (1 - crop.left - crop.right))),
    height: Math.max(1, Math.round(height * (1 - crop.top - crop.bottom))),
  };
}

/**
 * A source at most `maxWidth` wide; with `aspect` (width / height) the image is cropped to it around
 * the hotspot. Returns null when the URL is not one we can build from (the image is then left out).
 */
export function imageSource(image: SiteImage, maxWidth: number, aspect?: number): ImageSource | null {
  const natural = croppedSize(image);
  const width = Math.min(maxWidth, natural.width);
  const height = Math.max(1, Math.round(aspect ? width / aspect : (width * natural.height) / natural.width));
  const url = image.asset.url;
  if (url.startsWith('/')) return { src: url, width, height };
  const match = CDN_IMAGE.exec(url);
  if (!match) return null;
  const [, projectId, dataset, hashAndSize, ext] = match;
  try {
    const src = createImageUrlBuilder({ projectId, dataset })
      .image({ asset: { _ref: `image-${hashAndSize}-${ext}` }, crop: image.crop, hotspot: image.hotspot })
      .width(width)
      .height(height)
      .fit('crop')
      .auto('format')
      .url();
    return { src, width, height };
  } catch {
    return null;
  }
}
