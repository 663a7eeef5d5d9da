/**
 * The siteSettings singleton: the clinic's name, description, crisis block, disclaimer and publisher.
 * It never fails as a whole: each part that fails is dropped with a warning and the site falls back
 * (the crisis block to the built-in one, lib/content/crisis.ts).
 */
import { z } from 'zod';
import type { Finding } from '../../editorial/findings';
import { DEFAULT_LANGUAGE, guessLanguage, isLanguage, LANGUAGES, type Language } from '../../i18n/languages';
import { completeCrisis } from '../crisis';
import {
  absentAsUndefined,
  httpUrl,
  imageSchema,
  isAbsent,
  optionalPart,
  optionalText,
  parsePhone,
  readable,
  safeHref,
  text,
  zodFindings,
  type Parsed,
  type SiteImage,
} from './fields';

const crisisActionSchema = z.object({ label: text, href: safeHref });
/**
 * One way to reach help. `language` is set only when the label is in another language than the
 * block's pages (set by the clinic, else read from its words): the page marks it with `lang`.
 */
export type CrisisAction = z.infer<typeof crisisActionSchema> & { language?: Language };

export const crisisResourcesSchema = z.object({
  heading: text,
  message: text,
  actions: z.array(crisisActionSchema.extend({ language: z.enum(LANGUAGES).optional() })),
});
export type CrisisResources = z.infer<typeof crisisResourcesSchema>;

/** What the clinic must have written for its own block to be used: the message. */
const storedCrisis = z.object({
  heading: readable()
    .nullish()
    .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined)),
  message: text,
});

const organizationCore = z.object({
  type: z.enum(['MedicalClinic', 'Organization']).catch('Organization'),
  name: text,
  address: absentAsUndefined(
    z.object({
      streetAddress: optionalText,
      addressLocality: optionalText,
      addressRegion: optionalText,
      postalCode: optionalText,
    }),
  ),
});
export type Organization = z.infer<typeof organizationCore> & {
  /** The clinic's logo; the site's own icon stands in when it is not set (publisherLogoUrl, lib/seo/jsonld.ts). */
  logo?: SiteImage;
  /** The clinic's own profiles elsewhere (Google Business Profile, Facebook, LinkedIn…), http(s) only. */
  sameAs: string[];
  /** The clinic's own website, when it is not this site. */
  url?: string;
  /** The clinic's phone as written, and as a link when it can be dialled. */
  telephone?: string;
  telHref?: string;
  /** The clinic's booking address, shown after articles as a plain link (content contract v2). */
  bookingUrl?: string;
};

export const siteSettingsSchema = z.object({
  title: optionalText.optional(),
  description: optionalText.optional(),
  crisisResources: crisisResourcesSchema.optional(),
  disclaimer: optionalText.optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema> & { organization?: Organization };

/**
 * The language of an action's label: the one the clinic set, else the one its words are in ("En
 * español: text AYUDA to 988" is Spanish), so that a page can mark a label in another language.
 */
function actionLanguage(action: { label: string; language?: unknown }): Language {
  return isLanguage(action.language) ? action.language : guessLanguage(action.label);
}

function parseCrisis(value: unknown, findings: Finding[], language: Language): CrisisResources | undefined {
  if (isAbsent(value)) {
    findings.push({ level: 'warning', path: ['crisisResources'], message: 'is missing; the built-in crisis text is shown' });
    return undefined;
  }
  const core = storedCrisis.safeParse(value);
  if (!core.success) {
    findings.push(...zodFindings(core.error, ['crisisResources'], 'warning'));
    return undefined;
  }
  const rawActions = (value as { actions?: unknown }).actions;
  const actions = Array.isArray(rawActions)
    ? rawActions.flatMap((a, i) => {
        const parsed = optionalPart(crisisActionSchema, a, ['crisisResources', 'actions', i], findings);
        if (!parsed) return [];
        const labelLanguage = actionLanguage({ label: parsed.label, language: (a as { language?: unknown }).language });
        return [labelLanguage === language ? parsed : { ...parsed, language: labelLanguage }];
      })
    : [];
  return completeCrisis({ heading: core.data.heading, message: core.data.message, actions }, findings, language);
}

/**
 * The publisher. Its name is what it needs; a bad address (its site, logo, booking page or a
 * profile) is dropped alone and a phone that cannot be dialled kept without its link, each with a
 * warning naming it; the rest is kept.
 */
function parseOrganization(value: unknown, findings: Finding[]): Organization | undefined {
  const core = optionalPart(organizationCore, value, ['organization'], findings);
  if (!core) return undefined;
  const raw = value as Record<string, unknown>;
  const logo = optionalPart(imageSchema, raw.logo, ['organization', 'logo'], findings);
  const links = Array.isArray(raw.sameAs) ? raw.sameAs : isAbsent(raw.sameAs) ? [] : [raw.sameAs];
  const sameAs = links.flatMap((link, i) => {
    const url = optionalPart(httpUrl, link, ['organization', 'sameAs', i], findings);
    return url ? [url] : [];
  });
  const url = optionalPart(httpUrl, raw.url, ['organization', 'url'], findings);
  const phone = parsePhone(raw.telephone, ['organization', 'telephone'], findings);
  const bookingUrl = optionalPart(httpUrl, raw.bookingUrl, ['organization', 'bookingUrl'], findings);
  return {
    ...core,
    ...(url ? { url } : {}),
    ...phone,
    ...(logo ? { logo } : {}),
    sameAs: [...new Set(sameAs)],
    ...(bookingUrl ? { bookingUrl } : {}),
  };
}

/** The settings document of a language: `siteSettings` for English, `siteSettings-es` for Spanish. */
export const siteSettingsId = (language: Language) => (language === DEFAULT_LANGUAGE ? 'siteSettings' : `siteSettings-${language}`);

export function parseSiteSettings(value: unknown, language: Language = DEFAULT_LANGUAGE): Parsed<SiteSettings> {
  if (isAbsent(value) || typeof value !== 'object') {
    return { ok: false, findings: [{ level: 'warning', path: [], message: `the ${siteSettingsId(language)} document is missing` }] };
  }
  const findings: Finding[] = [];
  const raw = value as Record<string, unknown>;
  const crisisResources = parseCrisis(raw.crisisResources, findings, language);
  return {
    ok: true,
    findings,
    value: {
      title: optionalPart(optionalText, raw.title, ['title'], findings),
      description: optionalPart(optionalText, raw.description, ['description'], findings),
      crisisResources,
      disclaimer: optionalPart(optionalText, raw.disclaimer, ['disclaimer'], findings),
      organization: parseOrganization(raw.organization, findings),
    },
  };
}
