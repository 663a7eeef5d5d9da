/**
 * The Sanity webhook that makes a publish live (docs/ARCHITECTURE.md "Fetching, caching and security"). It fails
 * closed, in this order: the raw body is read with a size cap (413), its HMAC signature is verified
 * over the exact raw text (401), the signature's time must be recent (401: a captured delivery cannot
 * be replayed later), then the JSON is parsed and checked (400). Only then are the document's tags
 * revalidated. Nothing here trusts a byte before the signature. proxy.ts runs the same verification
 * (`verifyWebhook`) to know when to refresh its index of existing URLs.
 *
 * The handler takes `revalidate` as a parameter so the route passes Next's `revalidateTag` and tests
 * can see what would be revalidated; everything else is the real code path.
 */
import { timingSafeEqual } from 'node:crypto';
import { decodeSignatureHeader, encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { z } from 'zod';

import { WEBHOOK_MAX_BYTES } from './limits';

export { SIGNATURE_HEADER_NAME, WEBHOOK_MAX_BYTES };

/**
 * How old a signature may be. Sanity signs each delivery with the time in milliseconds
 * (`t=<ms>,v1=<hmac>`) and retries a failed one a few times over about two minutes (its webhook
 * docs: twice at 30-second intervals, formerly with backoff); whether a retry is signed afresh is not
 * documented, so the window is wide enough for a retry that keeps the first signature. Older, and a
 * captured delivery is refused; a time ahead of ours by more than a minute is refused as well (a
 * signature made for later replay, or a clock that is wrong).
 */
export const WEBHOOK_MAX_AGE_MS = 5 * 60_000;
export const WEBHOOK_MAX_AHEAD_MS = 60_000;

/** The projection the webhook is configured with in the Sanity project: `{_id, _type, "slug": slug.current}`. */
const WEBHOOK_PROJECTION = '{_id, _type, "slug": slug.current}';

const idPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;
const typePattern = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;

const webhookPayloadSchema = z.object({
  _id: z.string().regex(idPattern, 'must be a Sanity document id'),
  _type: z.string().regex(typePattern, 'must be a Sanity document type'),
  slug: z.string().max(300).nullish(),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** The published id a draft or release version belongs to: drafts.x and versions.r.x are x. */
export function publishedId(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length);
  const version = /^versions\.[^.]+\.(.+)$/.exec(id);
  return version ? version[1] : id;
}

/** The tags a change to this document invalidates: its own `doc:` tag and its type's tag. */
function tagsFor(payload: WebhookPayload): string[] {
  return [`doc:${publishedId(payload._id)}`, `type:${payload._type}`];
}

export type WebhookResult =
  | { status: 200; body: { revalidated: string[]; id: string; type: string; slug: string | null; duplicate?: true } }
  | { status: 400 | 401 | 405 | 413 | 415; body: { error: string } };

/**
 * Reads at most `limit` bytes of the body; null when it is longer. The declared length is checked
 * first so an honest oversized request is refused without reading it.
 */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export type Verification =
  { ok: true; raw: string; signature: string } | { ok: false; status: 401 | 405 | 413; error: string; log: string };

/**
 * The webhook's authenticity: the body (capped), the signature over its exact bytes, the signature's
 * age. Logs nothing; the caller decides what to say.
 */
export async function verifyWebhook(request: Request, secret: string | undefined, now = Date.now()): Promise<Verification> {
  if (request.method !== 'POST') return { ok: false, status: 405, error: 'Use POST.', log: 'not a POST' };
  const raw = await readCapped(request, WEBHOOK_MAX_BYTES);
  if (raw === null) {
    return {
      ok: false,
      status: 413,
      error: `The body is larger than ${WEBHOOK_MAX_BYTES} bytes.`,
      log: `body larger than ${WEBHOOK_MAX_BYTES} bytes`,
    };
  }
  if (!secret) {
    return {
      ok: false,
      status: 401,
      error: 'Revalidation is switched off: SANITY_REVALIDATE_SECRET is not set on the server.',
      log: 'SANITY_REVALIDATE_SECRET is not set on this server',
    };
  }
  const header = request.headers.get(SIGNATURE_HEADER_NAME);
  if (!header)
    return { ok: false, status: 401, error: `Missing ${SIGNATURE_HEADER_NAME} header.`, log: `no ${SIGNATURE_HEADER_NAME} header` };
  const invalid = {
    ok: false,
    status: 401,
    error: 'Invalid signature.',
    log: 'invalid signature (wrong secret, or the body is not the one signed)',
  } as const;
  let timestamp: number;
  let given: string;
  let expected: string;
  try {
    ({ timestamp, hashedPayload: given } = decodeSignatureHeader(header));
    expected = decodeSignatureHeader(await encodeSignatureHeader(raw, timestamp, secret)).hashedPayload;
  } catch {
    return invalid; // a malformed header is an invalid signature
  }
  // Compared in constant time: the time taken says nothing about how much of a forgery was right.
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return invalid;
  const age = now - timestamp;
  if (age > WEBHOOK_MAX_AGE_MS || -age > WEBHOOK_MAX_AHEAD_MS) {
    const when = age > 0 ? `${Math.round(age / 1000)} s old` : `${Math.round(-age / 1000)} s in the future`;
    return {
      ok: false,
      status: 401,
      error: `The signature is ${when}: only deliveries signed within the last ${WEBHOOK_MAX_AGE_MS / 60_000} minutes are accepted.`,
      log: `signature ${when} (a replayed delivery, or this server's clock is off; the window is ${WEBHOOK_MAX_AGE_MS / 1000} s back, ${WEBHOOK_MAX_AHEAD_MS / 1000} s ahead)`,
    };
  }
  return { ok: true, raw, signature: given };
}

/**
 * Within its window a captured delivery could still be sent again: each signature is taken once. A
 * second delivery with the same one (Sanity's own retry of a delivery we did receive, or a replay)
 * is answered 200 and does nothing. Bounded: the oldest entries go first.
 */
export interface ReplayGuard {
  /** True the first time a signature is seen within the window. */
  firstTime(signature: string, now?: number): boolean;
}

export function createReplayGuard(windowMs = WEBHOOK_MAX_AGE_MS + WEBHOOK_MAX_AHEAD_MS, max = 10_000): ReplayGuard {
  const seen = new Map<string, number>();
  return {
    firstTime(signature, now = Date.now()) {
      for (const [key, expires] of seen) {
        if (expires > now && seen.size < max) break;
        seen.delete(key);
      }
      if (seen.has(signature)) return false;
      seen.set(signature, now + windowMs);
      return true;
    },
  };
}

export async function handleWebhook(
  request: Request,
  options: {
    secret: string | undefined;
    revalidate: (tag: string) => void;
    log?: (line: string) => void;
    now?: number;
    replays?: ReplayGuard;
  },
): Promise<WebhookResult> {
  const log = options.log ?? ((line: string) => console.warn(line));
  const verified = await verifyWebhook(request, options.secret, options.now);
  if (!verified.ok) {
    log(`[revalidate] refused: ${verified.log}`);
    return { status: verified.status, body: { error: verified.error } };
  }
  const { raw } = verified;

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    log('[revalidate] refused: the signed body is not JSON');
    return { status: 400, body: { error: 'The body is not JSON.' } };
  }
  const parsed = webhookPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
    log(`[revalidate] refused: payload does not match ${WEBHOOK_PROJECTION}: ${where}`);
    return { status: 400, body: { error: `The body must be ${WEBHOOK_PROJECTION}. ${where}` } };
  }

  const { _id: id, _type: type, slug = null } = parsed.data;
  if (options.replays && !options.replays.firstTime(verified.signature, options.now)) {
    log(`[revalidate] ignored: a delivery with this signature was already received (${id})`);
    return { status: 200, body: { revalidated: [], id, type, slug: slug ?? null, duplicate: true } };
  }
  const tags = tagsFor(parsed.data);
  for (const tag of tags) options.revalidate(tag);
  console.info(`[revalidate] ${tags.join(', ')}`);
  return {
    status: 200,
    body: { revalidated: tags, id: parsed.data._id, type: parsed.data._type, slug: parsed.data.slug ?? null },
  };
}
