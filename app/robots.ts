import type { MetadataRoute } from 'next';
import { disallowedPaths, href } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/urls';

/** /robots.txt: the site is open to crawlers; the Studio, the API and draft previews are not pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: disallowedPaths() },
    sitemap: absoluteUrl(href('sitemap')),
  };
}
