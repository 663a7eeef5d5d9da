import { getImageProps } from 'next/image';
import type { SiteImage } from '@/lib/content';
import { imageSource } from '@/lib/content/images';

/**
 * An image with width and height set (no layout shift) and its alt text, through Next's image
 * optimizer. getImageProps gives a plain <img>: no client JavaScript for a picture.
 */
export function SanityImage({
  image,
  maxWidth,
  aspect,
  sizes,
  className,
  eager = false,
}: {
  image: SiteImage;
  maxWidth: number;
  aspect?: number;
  sizes: string;
  className?: string;
  eager?: boolean;
}) {
  const source = imageSource(image, maxWidth, aspect);
  if (!source) return null;
  const { props } = getImageProps({
    src: source.src,
    width: source.width,
    height: source.height,
    alt: image.alt,
    sizes,
    loading: eager ? 'eager' : 'lazy',
    fetchPriority: eager ? 'high' : undefined,
    placeholder: image.asset.metadata.lqip ? 'blur' : 'empty',
    blurDataURL: image.asset.metadata.lqip,
  });
  // eslint-disable-next-line @next/next/no-img-element -- props come from next/image's getImageProps
  return <img {...props} alt={image.alt} className={className} />;
}
