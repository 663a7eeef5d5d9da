/**
 * A clinic location (content contract v2): shown at `/locations/<slug>` with its full address, the
 * way search engines require a clinic to be described (docs/ARCHITECTURE.md, "Clinic pages"). Its
 * name, slug and street address decide whether it is shown; phone, hours, map position, booking
 * address and services are dropped part by part.
 */
import { z } from 'zod';
import { hoursProblem, TIME_PATTERN, WEEK_DAYS, type OpeningHours } from '../../editorial/clinic';
import type { Finding } from '../../editorial/findings';
import { documentId, httpUrl, optionalPart, optionalText, parsePhone, readable, slug, text, zodFindings, type Parsed } from './fields';

const addressSchema = z.object({
  streetAddress: text,
  addressLocality: text,
  addressRegion: text,
  postalCode: text,
  addressCountry: optionalText.transform((v) => v ?? 'US'),
});
export type LocationAddress = z.infer<typeof addressSchema>;

const geoSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

const hoursSchema = z
  .object({
    days: z.array(z.enum(WEEK_DAYS)).min(1, { error: 'must name at least one day' }),
    opens: z.string().regex(TIME_PATTERN, { error: 'must be a time such as 09:00' }),
    closes: z.string().regex(TIME_PATTERN, { error: 'must be a time such as 17:30' }),
  })
  .refine((h) => !hoursProblem(h), { error: 'closes before it opens', path: ['closes'] });

const coreSchema = z.object({ _id: documentId, name: text, slug });

export interface ClinicLocation {
  _id: string;
  name: string;
  slug: string;
  address: LocationAddress;
  geo?: { lat: number; lng: number };
  telephone?: string;
  /** The telephone as a link, when it is a number one can dial. */
  telHref?: string;
  openingHours: OpeningHours[];
  bookingUrl?: string;
  acceptingNewPatients?: boolean;
  services: string[];
}

/** Items of an array each parsed on their own: a bad one is dropped with a warning naming its place. */
function eachOf<T>(schema: z.ZodType<T>, value: unknown, path: string, findings: Finding[]): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) => {
    const parsed = optionalPart(schema, item, [path, i], findings);
    return parsed === undefined ? [] : [parsed];
  });
}

export function parseLocation(value: unknown): Parsed<ClinicLocation> {
  const findings: Finding[] = [];
  const core = coreSchema.safeParse(value);
  if (!core.success) findings.push(...zodFindings(core.error, [], 'error'));
  const raw = (value ?? {}) as Record<string, unknown>;
  const address = addressSchema.safeParse(raw.address ?? {});
  if (!address.success) findings.push(...zodFindings(address.error, ['address'], 'error'));
  if (!core.success || !address.success) return { ok: false, findings };

  const { telephone, telHref } = parsePhone(raw.telephone, ['telephone'], findings);
  return {
    ok: true,
    findings,
    value: {
      ...core.data,
      address: address.data,
      geo: optionalPart(geoSchema, raw.geo, ['geo'], findings),
      ...(telephone ? { telephone } : {}),
      ...(telHref ? { telHref } : {}),
      openingHours: eachOf(hoursSchema, raw.openingHours, 'openingHours', findings),
      bookingUrl: optionalPart(httpUrl, raw.bookingUrl, ['bookingUrl'], findings),
      acceptingNewPatients: typeof raw.acceptingNewPatients === 'boolean' ? raw.acceptingNewPatients : undefined,
      services: [...new Set(eachOf(readable().trim().min(1), raw.services, 'services', findings))],
    },
  };
}
