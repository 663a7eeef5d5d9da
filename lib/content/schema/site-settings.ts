/**
 * The siteSettings singleton: the clinic's name, description, crisis block, disclaimer and publisher.
 * It never fails as a whole: each part that fails is dropped with a warning and the site falls back
 * (the crisis block to the built-in one, lib/content/crisis.ts).
 */
import { z } from 'zod';
import type { Finding } from '../../editorial/findings';
import { completeCrisis } from '../crisis';
import {
  absentAsUndefined,
  httpUrl,
  isAbsent,
  optionalPart,
  optionalText,
  readable,
  safeHref,
  text,
  zodFindings,
  type Parsed,
} from './fields';

const crisisActionSchema = z.object({ label: text, href: safeHref });
export type CrisisAction = z.infer<typeof crisisActionSchema>;

export const crisisResourcesSchema = z.object({
  heading: text,
  message: text,
  actions: z.array(crisisActionSchema),
});
export type CrisisResources = z.infer<typeof crisisResourcesSchema>;

/** What the clinic must have written for its own block to be used: the message. */
const storedCrisis = z.object({
  heading: readable()
    .nullish()
    .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined)),
  message: text,
});

const organizationSchema = z.object({
  type: z.enum(['MedicalClinic', 'Organization']).catch('Organization'),
  name: text,
  url: absentAsUndefined(httpUrl),
  telephone: optionalText,
  address: absentAsUndefined(
    z.object({
      streetAddress: optionalText,
      addressLocality: optionalText,
      addressRegion: optionalText,
      postalCode: optionalText,
    }),
  ),
});
export type Organization = z.infer<typeof organizationSchema>;

export const siteSettingsSchema = z.object({
  title: optionalText.optional(),
  description: optionalText.optional(),
  crisisResources: crisisResourcesSchema.optional(),
  disclaimer: optionalText.optional(),
  organization: organizationSchema.optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

function parseCrisis(value: unknown, findings: Finding[]): CrisisResources | undefined {
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
        return parsed ? [parsed] : [];
      })
    : [];
  return completeCrisis({ heading: core.data.heading, message: core.data.message, actions }, findings);
}

export function parseSiteSettings(value: unknown): Parsed<SiteSettings> {
  if (isAbsent(value) || typeof value !== 'object') {
    return { ok: false, findings: [{ level: 'warning', path: [], message: 'the siteSettings document is missing' }] };
  }
  const findings: Finding[] = [];
  const raw = value as Record<string, unknown>;
  const crisisResources = parseCrisis(raw.crisisResources, findings);
  return {
    ok: true,
    findings,
    value: {
      title: optionalPart(optionalText, raw.title, ['title'], findings),
      description: optionalPart(optionalText, raw.description, ['description'], findings),
      crisisResources,
      disclaimer: optionalPart(optionalText, raw.disclaimer, ['disclaimer'], findings),
      organization: optionalPart(organizationSchema, raw.organization, ['organization'], findings),
    },
  };
}
