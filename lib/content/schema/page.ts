/**
 * A trust page (content contract v2): About, the editorial and medical review policies, corrections,
 * Contact, privacy. Shown at `/<slug>` when its title, slug and a body with text are valid and the
 * slug is not an address the site itself uses; the rest is dropped part by part.
 */
import { z } from 'zod';
import type { Language } from '../../i18n/languages';
import type { Finding } from '../../editorial/findings';
import { reservedSlugProblem } from '../../routes';
import { contentDate, documentId, language, optionalPart, optionalText, slug, text, zodFindings, type Parsed } from './fields';
import { parseBody, type BodyNode } from './portable-text';

export const PAGE_KINDS = [
  'about',
  'editorial-policy',
  'medical-review-policy',
  'corrections-policy',
  'contact',
  'privacy',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** How each kind of page is named for staff, in the order the Studio lists them. */
export const PAGE_KIND_TITLES: Record<PageKind, string> = {
  about: 'About the clinic',
  'editorial-policy': 'How we write (editorial policy)',
  'medical-review-policy': 'How we review (medical review policy)',
  'corrections-policy': 'Corrections policy',
  contact: 'Contact',
  privacy: 'Privacy',
  other: 'Other page',
};

const pageCoreSchema = z.object({ _id: documentId, title: text, slug, language });

export interface TrustPage {
  _id: string;
  title: string;
  slug: string;
  language: Language;
  kind: PageKind;
  description?: string;
  body: BodyNode[];
  updatedAt?: string;
}

export function parsePage(value: unknown): Parsed<TrustPage> {
  const findings: Finding[] = [];
  const core = pageCoreSchema.safeParse(value);
  if (!core.success) findings.push(...zodFindings(core.error, [], 'error'));
  const raw = (value ?? {}) as Record<string, unknown>;
  const reserved = core.success ? reservedSlugProblem(core.data.slug) : undefined;
  if (reserved) findings.push({ level: 'error', path: ['slug'], message: `${reserved}; choose another slug` });
  let body: BodyNode[] = [];
  if (!Array.isArray(raw.body)) findings.push({ level: 'error', path: ['body'], message: 'is missing' });
  else {
    body = parseBody(raw.body, ['body'], findings);
    if (body.length === 0) findings.push({ level: 'error', path: ['body'], message: 'has no text' });
  }
  if (!core.success || reserved || body.length === 0) return { ok: false, findings };
  let kind: PageKind = 'other';
  if ((PAGE_KINDS as readonly unknown[]).includes(raw.kind)) kind = raw.kind as PageKind;
  else if (raw.kind !== undefined && raw.kind !== null) {
    findings.push({ level: 'warning', path: ['kind'], message: `"${String(raw.kind)}" is not a kind of page; shown as "other"` });
  }
  return {
    ok: true,
    findings,
    value: {
      ...core.data,
      kind,
      description: optionalPart(optionalText, raw.description, ['description'], findings),
      body,
      updatedAt: optionalPart(contentDate, raw.updatedAt, ['updatedAt'], findings),
    },
  };
}

/**
 * What a trust page does for the site: the footer's links and the publisher's policies in JSON-LD.
 * A role is filled by the first kind listed that has a page ("how we write and review" is the
 * editorial policy, else the medical review policy).
 */
export const PAGE_ROLES = {
  about: { kinds: ['about'], label: 'About us' },
  principles: { kinds: ['editorial-policy', 'medical-review-policy'], label: 'How we write and review' },
  corrections: { kinds: ['corrections-policy'], label: 'Corrections' },
  contact: { kinds: ['contact'], label: 'Contact' },
  privacy: { kinds: ['privacy'], label: 'Privacy' },
} as const satisfies Record<string, { kinds: readonly PageKind[]; label: string }>;
export type PageRole = keyof typeof PAGE_ROLES;

/** The page that fills a role, if the clinic has written one. */
export function pageForRole<P extends Pick<TrustPage, 'kind'>>(pages: readonly P[], role: PageRole): P | undefined {
  for (const kind of PAGE_ROLES[role].kinds) {
    const page = pages.find((p) => p.kind === kind);
    if (page) return page;
  }
  return undefined;
}
