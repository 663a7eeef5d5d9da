/**
 * The Sanity webhook that makes a publish live (docs/ARCHITECTURE.md "Fetching, caching and security"). It fails
 * closed, in this order: the raw body is read with a size cap (413), its HMAC signature is verified
 * over the exact raw text with @sanity/webhook (401), then the JSON is parsed and checked (400).
 * Only then are the document's tags revalidated. Nothing here trusts a byte before the signature.
 *
 * The handler takes `revalidate` as a parameter so the route passes Next's `revalidateTag` and tests
 * can see what would be revalidated; everything else is the real code path.
 */
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { z } from 'zod';

export const WEBHOOK_MAX_BYTES = 64 * 1024;
export { SIGNATURE_HEADER_NAME };

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
  | { status: 200; body: { revalidated: string[]; id: string; type: string; slug: string | null } }
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

export async function handleWebhook(
  request: Request,
  options: { secret: string | undefined; revalidate: (tag: string) => void; log?: (line: string) => void },
): Promise<WebhookResult> {
  const log = options.log ?? ((line: string) => console.warn(line));
  if (request.method !== 'POST') return { status: 405, body: { error: 'Use POST.' } };

  const raw = await readCapped(request, WEBHOOK_MAX_BYTES);
  if (raw === null) {
    log(`[revalidate] refused: body larger than ${WEBHOOK_MAX_BYTES} bytes`);
    return { status: 413, body: { error: `The body is larger than ${WEBHOOK_MAX_BYTES} bytes.` } };
  }

  if (!options.secret) {
    log('[revalidate] refused: SANITY_REVALIDATE_SECRET is not set on this server');
    return {
      status: 401,
      body: { error: 'Revalidation is switched off: SANITY_REVALIDATE_SECRET is not set on the server.' },
    };
  }
  const signature = request.headers.get(SIGNATURE_HEADER_NAME);
  if (!signature) {
    log(`[revalidate] refused: no ${SIGNATURE_HEADER_NAME} header`);
    return { status: 401, body: { error: `Missing ${SIGNATURE_HEADER_NAME} header.` } };
  }
  let valid = false;
  try {
    valid = await isValidSignature(raw, signature, options.secret);
  } catch {
    valid = false; // a malformed header is an invalid signature
  }
  if (!valid) {
    log('[revalidate] refused: invalid signature (wrong secret, or the body is not the one signed)');
    return { status: 401, body: { error: 'Invalid signature.' } };
  }

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

  const tags = tagsFor(parsed.data);
  for (const tag of tags) options.revalidate(tag);
  console.info(`[revalidate] ${tags.join(', ')}`);
  return {
    status: 200,
    body: { revalidated: tags, id: parsed.data._id, type: parsed.data._type, slug: parsed.data.slug ?? null },
  };
}
