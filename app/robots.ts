import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/urls';

/** /robots.txt: the site is open to crawlers; the Studio and the API are not pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/api'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
