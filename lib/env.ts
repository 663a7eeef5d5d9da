/**
 * The environment contract (docs/ARCHITECTURE.md "Environment"), validated with zod in one place.
 * Public values (inlined into the browser bundle by Next) and server-only values are separate
 * schemas; `serverEnv` is only reachable through `lib/env.server.ts`, which imports 'server-only'.
 */
import { z } from 'zod';
import { DEFAULT_TIME_ZONE } from './editorial/dates';

const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * Why an origin cannot be the public one: unset (the default, http://localhost:3000, is used) or a
 * loopback host. Undefined when it can. A production build says so on one line; the standalone
 * deploy recipe refuses it (next.config.ts).
 */
export function siteOriginProblem(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return `NEXT_PUBLIC_SITE_URL is unset, so ${DEFAULT_SITE_URL} is used`;
  let host: string;
  try {
    host = new URL(value).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined; // an invalid value is the schema's error, with its own message
  }
  const loopback = host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
  return loopback ? `NEXT_PUBLIC_SITE_URL is ${value}, a local address` : undefined;
}
export const DEFAULT_API_VERSION = '2025-02-19';
export { DEFAULT_TIME_ZONE };

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as "America/Chicago"' },
);

export const publicEnvSchema = z.object({
  NEXT_PUBLIC_SITE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL such as https://clinic.example' })
      .transform((u) => u.replace(/\/+$/, ''))
      .default(DEFAULT_SITE_URL),
  ),
  NEXT_PUBLIC_SANITY_PROJECT_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be a Sanity project ID (lowercase letters, digits and dashes)')
      .optional(),
  ),
  NEXT_PUBLIC_SANITY_DATASET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-z0-9_-]{1,64}$/, 'must be a dataset name (lowercase letters, digits, "_" and "-")')
      .default('production'),
  ),
  NEXT_PUBLIC_SANITY_API_VERSION: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an API date such as 2025-02-19')
      .refine((v) => v >= DEFAULT_API_VERSION, `must be ${DEFAULT_API_VERSION} or later`)
      .default(DEFAULT_API_VERSION),
  ),
  // The API host the Studio talks to: unset means Sanity's own (api.sanity.io). Tests point it at the
  // Content Lake stand-in (tests/fixtures/content-lake.ts); the Studio's CSP allows what it names.
  // Only localhost is accepted, so a production build can never send editors elsewhere.
  NEXT_PUBLIC_SANITY_STUDIO_API_HOST: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, message: 'must be an origin such as https://localhost:3198' })
      // Only a stand-in on this machine: any other host would receive the editors' sign-in token.
      .refine(
        (u) => new URL(u).hostname === 'localhost',
        'must be a stand-in on this machine (http(s)://localhost:<port>); unset it for Sanity',
      )
      .refine((u) => new URL(u).pathname === '/' && !new URL(u).search, 'must be an origin, without a path')
      .transform((u) => new URL(u).origin)
      .optional(),
  ),
});

export const serverEnvSchema = z.object({
  SANITY_API_READ_TOKEN: z.preprocess(emptyAsUndefined, z.string().optional()),
  SANITY_REVALIDATE_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, 'must be at least 16 characters; use a long random string').optional(),
  ),
  LOCAL_DATASET: z.preprocess(emptyAsUndefined, z.string().optional()),
  SANITY_API_HOST: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional()),
  SITE_TIME_ZONE: z.preprocess(emptyAsUndefined, timeZone.default(DEFAULT_TIME_ZONE)),
  // proxy.ts's index of existing URLs (docs/ARCHITECTURE.md "Unknown URLs"); "off" lets every URL reach
  // its route, as Next alone would: for measuring it (npm run bench) and for an operator in doubt.
  URL_INDEX: z.preprocess(emptyAsUndefined, z.enum(['on', 'off'], 'must be "on" or "off"').default('on')),
});

export type PublicEnv = z.infer<typeof publicEnvSchema>;
export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class EnvError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    super(
      'Invalid environment:\n' +
        issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n') +
        '\nFix these variables (see README, "Environment") and start again.',
    );
    this.name = 'EnvError';
  }
}

export function parseEnv<T extends z.ZodType>(schema: T, source: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(source);
  if (!result.success) throw new EnvError(result.error.issues);
  return result.data;
}

let parsedPublicEnv: PublicEnv | undefined;
function readPublicEnv(): PublicEnv {
  // Next inlines NEXT_PUBLIC_* only where they are read literally, so list them one by one.
  return (parsedPublicEnv ??= parseEnv(publicEnvSchema, {
    NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
    NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
    NEXT_PUBLIC_SANITY_STUDIO_API_HOST: process.env.NEXT_PUBLIC_SANITY_STUDIO_API_HOST,
  }));
}

/**
 * Parsed on first read rather than on import, so that next.config.ts can import the schemas and stop
 * with the EnvError's message itself: a throw while Next loads its config reads "Failed to transpile".
 */
export const publicEnv: PublicEnv = {
  get NEXT_PUBLIC_SITE_URL() {
    return readPublicEnv().NEXT_PUBLIC_SITE_URL;
  },
  get NEXT_PUBLIC_SANITY_PROJECT_ID() {
    return readPublicEnv().NEXT_PUBLIC_SANITY_PROJECT_ID;
  },
  get NEXT_PUBLIC_SANITY_DATASET() {
    return readPublicEnv().NEXT_PUBLIC_SANITY_DATASET;
  },
  get NEXT_PUBLIC_SANITY_API_VERSION() {
    return readPublicEnv().NEXT_PUBLIC_SANITY_API_VERSION;
  },
  get NEXT_PUBLIC_SANITY_STUDIO_API_HOST() {
    return readPublicEnv().NEXT_PUBLIC_SANITY_STUDIO_API_HOST;
  },
};
