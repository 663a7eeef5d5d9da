/**
 * Every GROQ query of the site. The same strings run against the Content Lake (@sanity/client) and the
 * embedded NDJSON dataset (groq-js). Projections are loose on purpose: the zod schemas in
 * lib/content/schema/ decide what is valid, so a bad document is logged rather than hidden by GROQ.
 */
import { defineQuery } from 'groq';

const imageFields = /* groq */ `
  alt,
  hotspot,
  crop,
  "asset": asset->{ _id, url, metadata { dimensions, lqip } }
`;

/** An article's or a page's body: its citations' ids, and its images' files (blockContent's `imageWithAlt`). */
const bodyFields = /* groq */ `
  body[] {
    ...,
    _type == "imageWithAlt" => { "asset": asset->{ _id, url, metadata { dimensions, lqip } } },
    markDefs[] {
      ...,
      _type == "citationRef" => { "citation": citation->{ _id } }
    }
  }
`;

const authorCardFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  credentials,
  jobTitle
`;

const authorFields = /* groq */ `
  ${authorCardFields},
  bio[] { ..., _type == "imageWithAlt" => { "asset": asset->{ _id, url, metadata { dimensions, lqip } } } },
  license,
  image { ${imageFields} }
`;

const categoryFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  description,
  language
`;

const citationFields = /* groq */ `
  _id,
  authors,
  authorsIncomplete,
  year,
  title,
  journal,
  volume,
  issue,
  pages,
  doi,
  url
`;

const postCoreFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  updatedAt,
  language,
  "category": category->{ ${categoryFields} }
`;

/** A post as its article page reads it. */
const postFields = /* groq */ `
  ${postCoreFields},
  "author": author->{ ${authorFields} },
  keyPoints,
  lastReviewedAt,
  crisisSupport,
  "reviewedBy": reviewedBy->{ ${authorCardFields} },
  mainImage { ${imageFields} },
  ${bodyFields},
  "citations": citations[]->{ ${citationFields} }
`;

/**
 * Every published post as lists show it (home, pages, categories, authors, related, sitemap, feeds):
 * the header the article page validates too, and not the body, which would make every list page
 * carry every article. `bodyProbe` is the body's first three blocks: a post is listed when one of them
 * has text to show, which proves its page renders (parsePostCard). (A filter for "blocks with text"
 * over whole bodies costs groq-js seconds at 5,000 posts; the slice costs milliseconds.) A post without a slug is included so
 * the boundary reports it; ordered again after parsing, by real instants.
 */
export const postCardsQuery = defineQuery(`
  *[_type == "post"] | order(publishedAt desc, _id asc) {
    ${postCoreFields},
    "author": author->{ ${authorCardFields} },
    "reviewedBy": reviewedBy->{ _id },
    "bodyProbe": body[0...3]
  }
`);

/**
 * Every published post, whole: what `npm run content:check` validates. Pages never read it (see
 * postCardsQuery).
 */
export const postsQuery = defineQuery(`
  *[_type == "post"] | order(publishedAt desc, _id asc) {
    ${postFields}
  }
`);

/**
 * Every published post with this slug, oldest first: when two share a slug, the one published first
 * keeps the URL (docs/ARCHITECTURE.md), and a broken first one does not hide a valid second one.
 */
export const postBySlugQuery = defineQuery(`
  *[_type == "post" && slug.current == $slug] | order(publishedAt asc, _id asc) {
    ${postFields}
  }
`);

/**
 * The ids an article reads (the posts with this slug and the documents they reference), so the
 * article's fetch can carry a `doc:<_id>` tag for each of them.
 */
export const postDocumentIdsQuery = defineQuery(`
  *[_type == "post" && slug.current == $slug] {
    _id,
    "author": author._ref,
    "category": category._ref,
    "reviewedBy": reviewedBy._ref,
    "citations": citations[]._ref
  }
`);

const siteSettingsFields = /* groq */ `
  _id,
  title,
  description,
  crisisResources,
  disclaimer,
  organization { ..., logo { ${imageFields} } }
`;

/** The singleton with the crisis resources, disclaimer and publisher. */
export const siteSettingsQuery = defineQuery(`
  *[_id == "siteSettings"][0] {
    ${siteSettingsFields}
  }
`);

/**
 * The same for Spanish pages (`siteSettings-es`): its crisis text, disclaimer and description in
 * Spanish. What it leaves out of the clinic itself (name, address, phone) is the English one's.
 */
export const spanishSiteSettingsQuery = defineQuery(`
  *[_id == "siteSettings-es"][0] {
    ${siteSettingsFields}
  }
`);

/**
 * Which documents are translations of which (@sanity/document-internationalization's
 * `translation.metadata`): each group's references, with the language each is filed under (the
 * plugin's \`language\` field, or its older \`_key\`). The documents' own \`language\` decides.
 */
export const translationsQuery = defineQuery(`
  *[_type == "translation.metadata"] | order(_id asc) {
    _id,
    "translations": translations[] { _key, language, "ref": value._ref }
  }
`);

/** Every author, for author pages; valid ones are kept by the zod boundary. */
export const authorsQuery = defineQuery(`
  *[_type == "author"] | order(_id asc) {
    ${authorFields}
  }
`);

/** Every category, for category pages and the list on the home page. */
export const categoriesQuery = defineQuery(`
  *[_type == "category"] | order(_id asc) {
    ${categoryFields}
  }
`);

/**
 * A fingerprint of what proxy.ts's index of existing URLs is built from (lib/content/url-index.ts):
 * how many posts, authors and categories there are and when the latest changed. A publish, an
 * unpublish or a deletion changes it, so the index reloads its three lists only then.
 */
export const urlIndexStampQuery = defineQuery(`
  {
    "count": count(*[_type in ["post", "author", "category", "page", "location"]]),
    "latest": *[_type in ["post", "author", "category", "page", "location"]] | order(_updatedAt desc)[0]._updatedAt
  }
`);

/**
 * The old addresses of posts (previous slugs, the old site's paths), oldest post first: an address two
 * posts claim stays with the one published first (lib/content/redirects.ts).
 */
export const postAddressesQuery = defineQuery(`
  *[_type == "post" && (count(previousSlugs) > 0 || count(previousPaths) > 0)] | order(publishedAt asc, _id asc) {
    _id,
    "slug": slug.current,
    previousSlugs,
    previousPaths,
    language
  }
`);

/** Every trust page (About, policies, Contact), whole: they are few and short. */
export const pagesQuery = defineQuery(`
  *[_type == "page"] | order(_id asc) {
    _id,
    title,
    "slug": slug.current,
    kind,
    description,
    language,
    ${bodyFields},
    updatedAt
  }
`);

/** Every clinic location. */
export const locationsQuery = defineQuery(`
  *[_type == "location"] | order(_id asc) {
    _id,
    name,
    "slug": slug.current,
    address,
    geo,
    telephone,
    openingHours,
    bookingUrl,
    acceptingNewPatients,
    services
  }
`);
