/**
 * What every document type's schema is built from: the field shapes, and how a part that fails is
 * reported. zod checks presence, types and shapes only; length and style rules are editorial
 * findings (lib/editorial), never a reason to hide a document (docs/ARCHITECTURE.md "Validation
 * policy").
 */
import { z } from 'zod';
import { phoneProblem, telHref } from '../../editorial/clinic';
import { isValidContentDate } from '../../editorial/dates';
import type { Finding, FindingLevel, PathSegment } from '../../editorial/findings';
import { isAllowedHref } from '../../editorial/href';
import { SLUG_PATTERN } from '../../editorial/rules';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../i18n/languages';

/** A parsed document: shown with the findings about what was dropped, or not shown, with why. */
export type Parsed<T> = { ok: true; value: T; findings: Finding[] } | { ok: false; findings: Finding[] };

/** zod's issues as findings, under the path of the part that was parsed. */
export function zodFindings(error: z.ZodError, base: readonly PathSegment[], level: FindingLevel): Finding[] {
  return error.issues.map((issue) => ({
    level,
    path: [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}

export const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

/** A part a document can do without: absent is fine, invalid is dropped with a warning. */
export function optionalPart<T>(schema: z.ZodType<T>, value: unknown, path: readonly PathSegment[], findings: Finding[]): T | undefined {
  if (isAbsent(value)) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  findings.push(...zodFindings(result.error, path, 'warning'));
  return undefined;
}

/** A required reference that is absent: not set, or its document is gone. */
export function missingReference(path: readonly PathSegment[]): Finding {
  return { level: 'error', path: [...path], message: 'is missing or points to a document that does not exist' };
}

/**
 * Bidi overrides and embeddings (U+202A–U+202E) reorder the text after them until a pop or the end
 * of the paragraph: in a title or a name, "\u202Eevil" shows as "live", and an unpaired one can
 * spill into the text around it. They are removed from every text a reader sees. Isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F), which right-to-left text legitimately needs and
 * which cannot leak, are kept.
 */
const BIDI_OVERRIDES = /[\u202a-\u202e]/g;

/** A string as readers will see it. */
export const readable = (message?: string) =>
  z.string(message ? { error: message } : undefined).overwrite((value) => value.replace(BIDI_OVERRIDES, ''));

export const text = readable('must be text').trim().min(1, { error: 'must not be empty' });
export const optionalText = readable()
  .nullish()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
export const documentId = z
  .string()
  .min(1)
  .refine((id) => !id.includes('.'), { error: 'is a draft or private document id' });
export const slug = z
  .string({ error: 'is missing' })
  .regex(SLUG_PATTERN, { error: 'must be URL-safe: letters, digits, "-", "_", "." or "~", starting with a letter or digit' });
/** A document's language: "es", or the default, "en" (also when absent: content contract v2). */
export const language = z.enum(LANGUAGES).catch(DEFAULT_LANGUAGE);
export const contentDate = z
  .string({ error: 'is missing' })
  .refine(isValidContentDate, { error: 'is not a valid date (expected e.g. 2025-09-03 or 2025-09-03T09:00:00-05:00)' });
export const safeHref = z
  .string({ error: 'is missing' })
  .refine(isAllowedHref, { error: 'is not an allowed link (http, https, mailto, tel, sms, /path or #id)' });
export const httpUrl = safeHref.refine((href) => /^https?:\/\//.test(href), { error: 'must be an http(s) URL' });
export const textOrNumber = z
  .union([readable(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim()));
export const absentAsUndefined = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const imageAssetUrl = z.string().refine((url) => url.startsWith('https://cdn.sanity.io/') || (url.startsWith('/') && isAllowedHref(url)), {
  error: 'must be a cdn.sanity.io URL or a file under public/',
});

/** An image as the queries project it (imageFields): the alt text is required to show it. */
export const imageSchema = z.object({
  alt: text.describe('alt text'),
  asset: z.object({
    _id: z.string().optional(),
    url: imageAssetUrl,
    metadata: z.object({
      dimensions: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
      lqip: absentAsUndefined(z.string().regex(/^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/=]+$/)),
    }),
  }),
  hotspot: absentAsUndefined(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })),
  crop: absentAsUndefined(z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })),
});
export type SiteImage = z.infer<typeof imageSchema>;

/**
 * A phone number: the text as the clinic wrote it, and its `tel:` link when one can dial it. One that
 * cannot be dialled is shown as text, never as a link, with a warning naming it.
 */
export function parsePhone(value: unknown, path: readonly PathSegment[], findings: Finding[]): { telephone?: string; telHref?: string } {
  const telephone = optionalPart(optionalText, value, path, findings);
  if (!telephone) return {};
  const href = telHref(telephone);
  if (!href) findings.push({ level: 'warning', path: [...path], message: phoneProblem(telephone)! });
  return href ? { telephone, telHref: href } : { telephone };
}
