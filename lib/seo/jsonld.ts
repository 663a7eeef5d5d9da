/**
 * Structured data, typed with schema-dts, built only from what the page shows (docs/ARCHITECTURE.md
 * "Domain facts", JSON-LD): names in `name`, credentials in `honorificSuffix`, roles in `jobTitle`,
 * the clinic in `worksFor`.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  CollectionPage,
  MedicalClinic,
  MedicalWebPage,
  OpeningHoursSpecification,
  Organization,
  Person,
  PostalAddress,
  ProfilePage,
  ScholarlyArticle,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import type { Author, Category, Citation, ClinicLocation, Organization as SiteOrganization, Post, TrustPage } from '../content';
import { schemaDay } from '../editorial/clinic';
import { formatAuthorName, formatLicense } from '../editorial/people';
import { calendarDay, isoDateTime } from '../editorial/dates';
import { doiUrl } from '../editorial/doi';
import { imageSource } from '../content/images';
import { dictionary } from '../i18n/dictionary';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { href } from '../routes';
import { absoluteUrl } from './urls';

export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': Thing[];
}

export interface SiteIdentity {
  origin: string;
  siteName: string;
  description?: string;
  organization?: SiteOrganization;
  /** The publisher's logo, absolute. */
  logoUrl: string;
  /** The publisher's policies (absolute URLs of its trust pages), when the clinic has written them. */
  policies?: { publishingPrinciples?: string; correctionsPolicy?: string };
  timeZone: string;
  /** The language of the pages this identity is for: their URLs, names and `inLanguage`. */
  language: Language;
}

const ids = {
  /** The site in one language: the English home is `/`, the Spanish `/es`. */
  website: (origin: string, language: Language = DEFAULT_LANGUAGE) =>
    language === DEFAULT_LANGUAGE ? `${origin}/#website` : `${absoluteUrl(href('home', {}, language), origin)}#website`,
  organization: (origin: string) => `${origin}/#organization`,
  person: (origin: string, slug: string) => `${absoluteUrl(href('author', { slug }), origin)}#person`,
};

/** A postal address with the parts that are set; undefined when none is. */
function postalAddressNode(
  a: Partial<Record<'streetAddress' | 'addressLocality' | 'addressRegion' | 'postalCode' | 'addressCountry', string>> | undefined,
): PostalAddress | undefined {
  if (!a) return undefined;
  const parts = (['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const).filter((k) => a[k]);
  if (parts.length === 0) return undefined;
  return { '@type': 'PostalAddress', ...Object.fromEntries(parts.map((k) => [k, a[k]])) };
}

/** The site's own icon (app/icon.svg, which Next serves at this path): the logo until the clinic sets one. */
export const DEFAULT_LOGO_PATH = '/icon.svg';

/** Search engines ask for a logo of at least 112 px; the clinic's own is served this wide (or its own width, if less). */
const LOGO_WIDTH = 512;

/** The publisher's logo, absolute: the clinic's own from siteSettings, else the site icon. */
export function publisherLogoUrl(organization: SiteOrganization | undefined, origin: string): string {
  const image = organization?.logo ? imageSource(organization.logo, LOGO_WIDTH) : null;
  return absoluteUrl(image ? image.src : DEFAULT_LOGO_PATH, origin);
}

/** The clinic: MedicalClinic when siteSettings says so, else Organization. */
function organizationNode(site: SiteIdentity): MedicalClinic | Organization {
  const org = site.organization;
  const address = postalAddressNode(org?.address);
  const base = {
    '@id': ids.organization(site.origin),
    name: org?.name ?? site.siteName,
    url: org?.url ?? `${site.origin}/`,
    logo: { '@type': 'ImageObject' as const, url: site.logoUrl },
    // Only a number one can dial (the page shows any other as text).
    ...(org?.telephone && org.telHref ? { telephone: org.telephone } : {}),
    ...(address ? { address } : {}),
    ...(org && org.sameAs.length > 0 ? { sameAs: org.sameAs } : {}),
    ...(site.policies?.publishingPrinciples ? { publishingPrinciples: site.policies.publishingPrinciples } : {}),
    ...(site.policies?.correctionsPolicy ? { correctionsPolicy: site.policies.correctionsPolicy } : {}),
  };
  return org?.type === 'MedicalClinic' ? { '@type': 'MedicalClinic', ...base } : { '@type': 'Organization', ...base };
}

function organizationRef(site: SiteIdentity) {
  return { '@id': ids.organization(site.origin) };
}

function personNode(author: Author, site: SiteIdentity): Person {
  return {
    '@type': 'Person',
    '@id': ids.person(site.origin, author.slug),
    name: author.name,
    ...(author.credentials.length > 0 ? { honorificSuffix: author.credentials.join(', ') } : {}),
    ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
    url: absoluteUrl(href('author', { slug: author.slug }, site.language), site.origin),
    worksFor: organizationRef(site),
  };
}

function citationNode(citation: Citation): ScholarlyArticle {
  const doi = citation.doi ? doiUrl(citation.doi) : undefined;
  return {
    '@type': 'ScholarlyArticle',
    name: citation.title,
    author: citation.authors.map((a): Person => ({
      '@type': 'Person',
      familyName: a.family,
      ...(a.given ? { givenName: a.given } : {}),
      name: a.given ? `${a.given} ${a.family}` : a.family,
    })),
    datePublished: String(citation.year),
    ...(citation.journal
      ? {
          isPartOf: {
            '@type': 'Periodical',
            name: citation.journal,
          },
        }
      : {}),
    ...(doi && citation.doi
      ? {
          sameAs: doi,
          identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: citation.doi },
        }
      : citation.url
        ? { url: citation.url }
        : {}),
  };
}

function breadcrumbNode(url: string, items: Array<{ name: string; path: string }>, origin: string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${url}#breadcrumb`,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path, origin),
    })),
  };
}

/**
 * One @graph for an article: the MedicalWebPage (reviewer and review date when set, audience
 * Patient), the BlogPosting with its author, publisher and sources, the breadcrumb and the clinic.
 * People are written out where they are named, so a reader of the graph needs no lookups.
 */
export function articleJsonLd(post: Post, site: SiteIdentity, options: { imageUrl?: string } = {}): JsonLdGraph {
  const url = absoluteUrl(href('post', { slug: post.slug }, site.language), site.origin);
  // The post's own image, else the Open Graph image every article has.
  const image = options.imageUrl ?? absoluteUrl(href('ogImage', { slug: post.slug }, site.language), site.origin);
  const published = isoDateTime(post.publishedAt, site.timeZone);
  const modified = isoDateTime(post.updatedAt ?? post.publishedAt, site.timeZone);

  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: post.title,
    description: post.excerpt,
    inLanguage: site.language,
    isPartOf: { '@id': ids.website(site.origin, site.language) },
    breadcrumb: { '@id': `${url}#breadcrumb` },
    mainEntity: { '@id': `${url}#article` },
    audience: { '@type': 'Patient' },
    ...(post.reviewedBy ? { reviewedBy: personNode(post.reviewedBy, site) } : {}),
    ...(post.reviewedBy && post.lastReviewedAt ? { lastReviewed: calendarDay(post.lastReviewedAt, site.timeZone) } : {}),
  };

  const article: BlogPosting = {
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: post.title,
    description: post.excerpt,
    url,
    mainEntityOfPage: { '@id': `${url}#webpage` },
    image,
    ...(published ? { datePublished: published } : {}),
    ...(modified ? { dateModified: modified } : {}),
    author: personNode(post.author, site),
    publisher: organizationRef(site),
    articleSection: post.category.title,
    inLanguage: site.language,
    ...(post.citations.length > 0 ? { citation: post.citations.map(citationNode) } : {}),
  };

  return {
    '@context': 'https://schema.org',
    '@graph': [
      page,
      article,
      breadcrumbNode(
        url,
        [
          { name: dictionary(site.language).breadcrumb.home, path: href('home', {}, site.language) },
          { name: post.category.title, path: href('category', { slug: post.category.slug }, site.language) },
          { name: post.title, path: href('post', { slug: post.slug }, site.language) },
        ],
        site.origin,
      ),
      organizationNode(site),
    ],
  };
}

/** An author page: ProfilePage about the Person. */
export function authorJsonLd(author: Author, site: SiteIdentity, options: { imageUrl?: string } = {}): JsonLdGraph {
  const url = absoluteUrl(href('author', { slug: author.slug }, site.language), site.origin);
  const person: Person = {
    ...(personNode(author, site) as Exclude<Person, string>),
    ...(options.imageUrl ? { image: options.imageUrl } : {}),
    ...(author.license ? { hasCredential: { '@type': 'EducationalOccupationalCredential', name: formatLicense(author.license) } } : {}),
  };
  const page: ProfilePage = {
    '@type': 'ProfilePage',
    '@id': `${url}#webpage`,
    url,
    name: formatAuthorName(author),
    isPartOf: { '@id': ids.website(site.origin, site.language) },
    mainEntity: { '@id': ids.person(site.origin, author.slug) },
  };
  const breadcrumb = breadcrumbNode(
    url,
    [
      { name: dictionary(site.language).breadcrumb.home, path: href('home', {}, site.language) },
      { name: formatAuthorName(author), path: href('author', { slug: author.slug }, site.language) },
    ],
    site.origin,
  );
  return {
    '@context': 'https://schema.org',
    '@graph': [{ ...page, breadcrumb: { '@id': `${url}#breadcrumb` } }, person, breadcrumb, organizationNode(site)],
  };
}

/** The home page: the WebSite and the clinic that publishes it. */
export function homeJsonLd(site: SiteIdentity): JsonLdGraph {
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': ids.website(site.origin, site.language),
    url: absoluteUrl(href('home', {}, site.language), site.origin),
    name: site.siteName,
    ...(site.description ? { description: site.description } : {}),
    inLanguage: site.language,
    publisher: organizationRef(site),
  };
  return { '@context': 'https://schema.org', '@graph': [website, organizationNode(site)] };
}

/** A category page: the CollectionPage of its articles, and its breadcrumb. */
export function categoryJsonLd(category: Category, site: SiteIdentity, posts: readonly { slug: string }[] = []): JsonLdGraph {
  const url = absoluteUrl(href('category', { slug: category.slug }, site.language), site.origin);
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': `${url}#webpage`,
    url,
    name: category.title,
    ...(category.description ? { description: category.description } : {}),
    inLanguage: site.language,
    isPartOf: { '@id': ids.website(site.origin, site.language) },
    breadcrumb: { '@id': `${url}#breadcrumb` },
    ...(posts.length > 0
      ? {
          mainEntity: {
            '@type': 'ItemList',
            itemListElement: posts.map((post, i) => ({
              '@type': 'ListItem',
              position: i + 1,
              url: absoluteUrl(href('post', { slug: post.slug }, site.language), site.origin),
            })),
          },
        }
      : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      page,
      breadcrumbNode(
        url,
        [
          { name: dictionary(site.language).breadcrumb.home, path: href('home', {}, site.language) },
          { name: category.title, path: href('category', { slug: category.slug }, site.language) },
        ],
        site.origin,
      ),
    ],
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` (and the two JavaScript line
 * separators) escaped, so no content can close the script element or open another.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const PAGE_TYPES: Partial<Record<TrustPage['kind'], 'AboutPage' | 'ContactPage'>> = { about: 'AboutPage', contact: 'ContactPage' };

/** A trust page: AboutPage, ContactPage or WebPage, about the clinic, with its breadcrumb. */
export function trustPageJsonLd(page: TrustPage, site: SiteIdentity): JsonLdGraph {
  const url = absoluteUrl(href('trustPage', { slug: page.slug }, site.language), site.origin);
  const modified = page.updatedAt ? isoDateTime(page.updatedAt, site.timeZone) : undefined;
  const node: WebPage = {
    '@type': PAGE_TYPES[page.kind] ?? 'WebPage',
    '@id': `${url}#webpage`,
    url,
    name: page.title,
    ...(page.description ? { description: page.description } : {}),
    ...(modified ? { dateModified: modified } : {}),
    inLanguage: site.language,
    isPartOf: { '@id': ids.website(site.origin, site.language) },
    about: organizationRef(site),
    publisher: organizationRef(site),
    breadcrumb: { '@id': `${url}#breadcrumb` },
  };
  const breadcrumb = breadcrumbNode(
    url,
    [
      { name: dictionary(site.language).breadcrumb.home, path: href('home', {}, site.language) },
      { name: page.title, path: href('trustPage', { slug: page.slug }, site.language) },
    ],
    site.origin,
  );
  return { '@context': 'https://schema.org', '@graph': [node, breadcrumb, organizationNode(site)] };
}

/** A location as search engines describe a clinic (Google LocalBusiness): the most specific type, MedicalClinic. */
export function clinicNode(location: ClinicLocation, site: SiteIdentity): MedicalClinic {
  const url = absoluteUrl(href('location', { slug: location.slug }, site.language), site.origin);
  return {
    '@type': 'MedicalClinic',
    '@id': `${url}#clinic`,
    name: location.name,
    url,
    address: postalAddressNode(location.address),
    ...(location.geo ? { geo: { '@type': 'GeoCoordinates', latitude: location.geo.lat, longitude: location.geo.lng } } : {}),
    ...(location.telephone && location.telHref ? { telephone: location.telephone } : {}),
    ...(location.openingHours.length > 0
      ? {
          openingHoursSpecification: location.openingHours.map((h): OpeningHoursSpecification => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: h.days.map(schemaDay) as OpeningHoursSpecification['dayOfWeek'],
            opens: h.opens,
            closes: h.closes,
          })),
        }
      : {}),
    // The platform is a mental-health clinic's (docs/ARCHITECTURE.md, "Clinic pages").
    medicalSpecialty: 'https://schema.org/Psychiatric',
    ...(location.acceptingNewPatients !== undefined ? { isAcceptingNewPatients: location.acceptingNewPatients } : {}),
    parentOrganization: organizationRef(site),
  };
}

/** A location's page: the clinic, its breadcrumb and the organization it belongs to. */
export function locationJsonLd(location: ClinicLocation, site: SiteIdentity): JsonLdGraph {
  const url = absoluteUrl(href('location', { slug: location.slug }, site.language), site.origin);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      clinicNode(location, site),
      breadcrumbNode(
        url,
        [
          { name: dictionary(site.language).breadcrumb.home, path: href('home', {}, site.language) },
          { name: dictionary(site.language).locations.title, path: href('locations', {}, site.language) },
          { name: location.name, path: href('location', { slug: location.slug }, site.language) },
        ],
        site.origin,
      ),
      organizationNode(site),
    ],
  };
}

/** The list of locations: a CollectionPage of the clinics. */
export function locationsJsonLd(locations: readonly ClinicLocation[], site: SiteIdentity): JsonLdGraph {
  const url = absoluteUrl(href('locations', {}, site.language), site.origin);
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': `${url}#webpage`,
    url,
    name: dictionary(site.language).locations.title,
    isPartOf: { '@id': ids.website(site.origin, site.language) },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: locations.map((location, i) => ({
        '@type': 'ListItem' as const,
        position: i + 1,
        item: clinicNode(location, site),
      })),
    },
  };
  return { '@context': 'https://schema.org', '@graph': [page, organizationNode(site)] };
}
