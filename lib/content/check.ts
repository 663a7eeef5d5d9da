/**
 * `content:check`: every editorial rule (lib/editorial), the zod boundary the site parses with, and
 * the checks that need the whole dataset: every `_ref` resolves, one published post per slug, one
 * citation per DOI. Errors are what the Studio refuses to publish or the site cannot show.
 */
import { applyPerspective, indexDocuments, queryIndexed, type LineFinding, type RawDocument } from './dataset';
import { categorySchema } from './schema/category';
import { citationSchema } from './schema/citation';
import { zodFindings } from './schema/fields';
import type { Parsed } from './schema/fields';
import { parseLocation } from './schema/location';
import { parsePage } from './schema/page';
import { parsePost } from './schema/post';
import { parseSiteSettings } from './schema/site-settings';
import { locationsQuery, pagesQuery, postsQuery, siteSettingsQuery } from '../queries';
import { duplicateDoiFindings } from '../editorial/citations';
import { parsePostAddresses, planRedirects } from './redirects';
import { DEFAULT_TIME_ZONE } from '../editorial/dates';
import { documentFindings } from '../editorial/documents';
import { formatPath, itemSegment, type Finding, type PathSegment } from '../editorial/findings';
import type { ReviewerLike } from '../editorial/review';

export interface DocumentReport {
  id: string;
  type: string;
  findings: Finding[];
}

export interface CheckReport {
  documents: number;
  reports: DocumentReport[];
  errors: number;
  warnings: number;
}

export interface CheckOptions {
  /** Also check drafts (`drafts.*`); by default only what can be published is checked. */
  includeDrafts?: boolean;
  /** "YYYY-MM-DD" on the clinic's clock (tests pin it). */
  today?: string;
  timeZone?: string;
}

interface FoundReference {
  ref: string;
  weak: boolean;
  path: PathSegment[];
}

/** Every reference in a document, with where it sits. */
function findReferences(value: unknown, path: PathSegment[] = []): FoundReference[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findReferences(item, [...path, itemSegment(item, index)]));
  }
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const found: FoundReference[] = typeof record._ref === 'string' ? [{ ref: record._ref, weak: record._weak === true, path }] : [];
  for (const [field, child] of Object.entries(record)) {
    if (field !== '_ref' && child && typeof child === 'object') found.push(...findReferences(child, [...path, field]));
  }
  return found;
}

function referenceFindings(doc: RawDocument, ids: Set<string>): Finding[] {
  const isDraft = doc._id.startsWith('drafts.');
  return findReferences(doc).flatMap(({ ref, weak, path }): Finding[] => {
    if (ids.has(ref)) return [];
    if (isDraft && ids.has(`drafts.${ref}`)) return [];
    const draftOnly = ids.has(`drafts.${ref}`);
    return [
      {
        level: weak ? 'warning' : 'error',
        path,
        message: draftOnly
          ? `Points to "${ref}", which exists only as an unpublished draft.`
          : `Points to "${ref}", which is not in the dataset (deleted, or never imported).`,
        suggestion: draftOnly ? `Publish "${ref}" first.` : 'Choose an existing document, or remove the reference.',
      },
    ];
  });
}

/**
 * A boundary finding's path (['body', 1, 'markDefs', 0, 'href']) in the rules' terms
 * (body[_key=="b2"].markDefs[_key=="l1"].href), read off the raw document, so the two can be compared.
 */
function keyedPath(doc: unknown, path: readonly PathSegment[]): PathSegment[] {
  let node: unknown = doc;
  return path.map((segment) => {
    if (typeof segment !== 'number') {
      node = typeof segment === 'string' ? (node as Record<string, unknown> | null | undefined)?.[segment] : undefined;
      return segment;
    }
    const item = Array.isArray(node) ? node[segment] : undefined;
    node = item;
    return itemSegment(item, segment);
  });
}

/** What the site's zod boundary says of each published document, as the site would read it. */
async function boundaryFindings(published: RawDocument[]): Promise<Map<string, Finding[]>> {
  // Queries run through the index: groq-js alone resolves each `->` by scanning every document,
  // which made this check grow with posts × documents.
  const index = indexDocuments(published);
  const { byId } = index;
  const result = new Map<string, Finding[]>();
  const add = (id: string, findings: Finding[]) => result.set(id, [...(result.get(id) ?? []), ...findings]);
  /**
   * A boundary finding restated for content:check: keyed path, the consequence first, and the level
   * of the document's outcome (what hides a post makes every finding about it an error).
   */
  const restate =
    (id: string, level: Finding['level'], consequence: string) =>
    (f: Finding): Finding => ({
      level,
      path: keyedPath(byId.get(id), f.path),
      message: `${consequence}: ${formatPath(f.path)} ${f.message}.`,
    });

  // What hides a post, a trust page or a location (a missing title, no text, a slug the site uses, no
  // full address) is an error; what is dropped from one, a warning.
  const others: Array<[query: string, parse: (value: unknown) => Parsed<unknown>, kind: string]> = [
    [postsQuery, parsePost, 'post'],
    [pagesQuery, parsePage, 'page'],
    [locationsQuery, parseLocation, 'location'],
  ];
  for (const [query, parse, kind] of others) {
    for (const doc of (await queryIndexed(index, query)) as Array<{ _id?: unknown }>) {
      const parsed = parse(doc);
      const id = String(doc._id);
      add(
        id,
        parsed.findings.map(
          parsed.ok
            ? restate(id, 'warning', `The site shows this ${kind} without this part`)
            : restate(id, 'error', `The site cannot show this ${kind}`),
        ),
      );
    }
  }

  const settings = parseSiteSettings(await queryIndexed(index, siteSettingsQuery));
  add('siteSettings', settings.findings.map(restate('siteSettings', 'warning', 'The site uses its built-in text instead')));

  for (const doc of published) {
    if (doc._type === 'citation') {
      const parsed = citationSchema.safeParse(doc);
      if (!parsed.success) {
        add(
          doc._id,
          zodFindings(parsed.error, [], 'error').map((f) => ({
            ...f,
            message: `The site leaves this citation out of every reference list: ${f.message}.`,
          })),
        );
      }
    }
    if (doc._type === 'category') {
      const parsed = categorySchema.safeParse({ ...doc, slug: (doc.slug as { current?: unknown } | undefined)?.current });
      if (!parsed.success) {
        add(
          doc._id,
          zodFindings(parsed.error, [], 'error').map((f) => ({ ...f, message: `Posts in this category cannot be shown: ${f.message}.` })),
        );
      }
    }
  }
  return result;
}

/** Two published posts (or authors, or categories) with one slug: the later ones are errors. */
function duplicateSlugFindings(published: RawDocument[]): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>();
  const slugOf = (doc: RawDocument) => (doc.slug as { current?: unknown } | undefined)?.current;
  for (const type of ['post', 'author', 'category', 'page', 'location']) {
    const byDate = published
      .filter((d) => d._type === type && typeof slugOf(d) === 'string')
      .sort((a, b) => String(a.publishedAt ?? '').localeCompare(String(b.publishedAt ?? '')) || a._id.localeCompare(b._id));
    const owner = new Map<string, string>();
    for (const doc of byDate) {
      const slug = slugOf(doc) as string;
      const first = owner.get(slug);
      if (!first) {
        owner.set(slug, doc._id);
        continue;
      }
      result.set(doc._id, [
        {
          level: 'error',
          path: ['slug'],
          message: `"${first}" already uses the slug "${slug}"${type === 'post' ? ' and was published first, so it keeps the address' : ''}.`,
          suggestion: 'Give this one its own slug.',
        },
      ]);
    }
  }
  return result;
}

/** Old addresses (previous slugs, the old site's paths) that loop or that two posts claim (lib/content/redirects.ts). */
function redirectFindings(published: RawDocument[]): ReadonlyMap<string, Finding[]> {
  const posts = published
    .filter((d) => d._type === 'post')
    .sort((a, b) => String(a.publishedAt ?? '').localeCompare(String(b.publishedAt ?? '')) || a._id.localeCompare(b._id))
    .map((d) => ({
      _id: d._id,
      slug: (d.slug as { current?: unknown } | undefined)?.current,
      previousSlugs: d.previousSlugs,
      previousPaths: d.previousPaths,
      language: d.language,
    }));
  return planRedirects(parsePostAddresses(posts)).findings;
}

const dedupeKey = (f: Finding) => `${f.level}\u0000${formatPath(f.path)}\u0000${f.message}`;

export async function checkDataset(
  documents: RawDocument[],
  lineFindings: LineFinding[] = [],
  options: CheckOptions = {},
): Promise<CheckReport> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const ids = new Set(documents.map((d) => d._id));
  const byId = new Map(documents.map((d) => [d._id, d]));
  const checked = documents.filter((d) => !d._id.includes('.') || (options.includeDrafts && /^drafts\.[^.]+$/.test(d._id)));
  const published = applyPerspective(documents, 'published');

  const boundary = await boundaryFindings(published);
  const slugs = duplicateSlugFindings(published);
  const dois = duplicateDoiFindings(published.filter((d) => d._type === 'citation'));
  const redirects = redirectFindings(published);

  const reports: DocumentReport[] = lineFindings.map(({ line, level, message }) => ({
    id: `line ${line}`,
    type: 'NDJSON',
    findings: [
      { level, path: [], message: `This line ${message}.`, suggestion: 'Fix or remove the line: the site and the Studio import skip it.' },
    ],
  }));

  for (const doc of checked) {
    const reviewerRef = (doc.reviewedBy as { _ref?: unknown } | undefined)?._ref;
    const reviewer =
      typeof reviewerRef === 'string'
        ? ((byId.get(reviewerRef) ?? byId.get(`drafts.${reviewerRef}`)) as ReviewerLike | undefined)
        : undefined;
    const rules = documentFindings(doc, { reviewer: reviewer ?? null, today: options.today, timeZone });
    const references = referenceFindings(doc, ids);
    // The zod boundary often names what a rule or the reference check has already reported.
    const seenPaths = new Set([...rules, ...references].map((f) => formatPath(f.path)));
    const site = (boundary.get(doc._id) ?? []).filter((f) => !seenPaths.has(formatPath(f.path)));
    const all = [
      ...references,
      ...rules,
      ...(slugs.get(doc._id) ?? []),
      ...(dois.get(doc._id) ?? []),
      ...(redirects.get(doc._id) ?? []),
      ...site,
    ];
    const unique = [...new Map(all.map((f) => [dedupeKey(f), f])).values()];
    if (unique.length > 0) reports.push({ id: doc._id, type: doc._type, findings: unique });
  }

  if (!documents.some((d) => d._id === 'siteSettings')) {
    reports.push({
      id: 'siteSettings',
      type: 'siteSettings',
      findings: [
        {
          level: 'warning',
          path: [],
          message: 'There is no siteSettings document: the site shows its built-in crisis text and no disclaimer.',
          suggestion: 'Create Site settings in the Studio.',
        },
      ],
    });
  }

  const all = reports.flatMap((r) => r.findings);
  return {
    documents: checked.length,
    reports,
    errors: all.filter((f) => f.level === 'error').length,
    warnings: all.filter((f) => f.level === 'warning').length,
  };
}

/** The report as people read it: one block per document, errors first. */
export function formatReport(report: CheckReport, file: string): string {
  const lines = [`content:check ${file}: ${report.documents} document(s) checked`];
  for (const doc of report.reports) {
    lines.push('', `${doc.id} (${doc.type})`);
    const sorted = [...doc.findings].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
    for (const f of sorted) {
      lines.push(`  ${f.level.padEnd(7)} ${formatPath(f.path)}: ${f.message}`);
      if (f.suggestion) lines.push(`          suggestion: ${f.suggestion}`);
    }
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    '',
    `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}${report.errors > 0 ? ': fix the errors before publishing.' : '.'}`,
  );
  return lines.join('\n');
}
