import { serializeJsonLd, type JsonLdGraph } from '@/lib/seo/jsonld';

/** Structured data for crawlers; escaped so no content can end the script element. */
export function JsonLd({ data }: { data: JsonLdGraph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
