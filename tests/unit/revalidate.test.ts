/**
 * The webhook's order of refusals, with real Request objects and real signatures from
 * @sanity/webhook. `revalidate` records the tags instead of calling Next's cache.
 */
import { encodeSignatureHeader } from '@sanity/webhook';
import {
  createReplayGuard,
  handleWebhook,
  publishedId,
  SIGNATURE_HEADER_NAME,
  WEBHOOK_MAX_AGE_MS,
  WEBHOOK_MAX_AHEAD_MS,
  WEBHOOK_MAX_BYTES,
} from '@/lib/content/revalidate';

const SECRET = 'a-long-test-secret-0123456789';

async function signed(body: string, secret = SECRET): Promise<string> {
  return encodeSignatureHeader(body, Date.now(), secret);
}

function request(body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST'): Request {
  return new Request('http://localhost/api/revalidate', {
    method,
    body,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function run(
  req: Request,
  options: { secret?: string | undefined; now?: number; replays?: ReturnType<typeof createReplayGuard> } = {},
) {
  // An explicit `secret: undefined` is a server without one.
  const { secret = 'secret' in options ? undefined : SECRET, now, replays } = options;
  const tags: string[] = [];
  const logs: string[] = [];
  const result = await handleWebhook(req, { secret, revalidate: (t) => tags.push(t), log: (l) => logs.push(l), now, replays });
  return { ...result, tags, logs };
}

const payload = JSON.stringify({ _id: 'post-kap', _type: 'post', slug: 'kap' });

describe('POST /api/revalidate', () => {
  beforeEach(() => jest.spyOn(console, 'info').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('revalidates the document and its type when the signature is right', async () => {
    const res = await run(request(payload, { [SIGNATURE_HEADER_NAME]: await signed(payload) }));
    expect(res.status).toBe(200);
    expect(res.tags).toEqual(['doc:post-kap', 'type:post']);
    expect(res.body).toEqual({ revalidated: ['doc:post-kap', 'type:post'], id: 'post-kap', type: 'post', slug: 'kap' });
  });

  it('revalidates shared types by their type tag, and a draft id by its published id', async () => {
    const author = JSON.stringify({ _id: 'drafts.author-katie', _type: 'author', slug: null });
    const res = await run(request(author, { [SIGNATURE_HEADER_NAME]: await signed(author) }));
    expect(res.status).toBe(200);
    expect(res.tags).toEqual(['doc:author-katie', 'type:author']);
    const settings = JSON.stringify({ _id: 'siteSettings', _type: 'siteSettings' });
    expect((await run(request(settings, { [SIGNATURE_HEADER_NAME]: await signed(settings) }))).tags).toEqual([
      'doc:siteSettings',
      'type:siteSettings',
    ]);
  });

  it('refuses everything with 401 when the server has no secret', async () => {
    const res = await run(request(payload, { [SIGNATURE_HEADER_NAME]: await signed(payload) }), { secret: undefined });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: expect.stringContaining('SANITY_REVALIDATE_SECRET') });
    expect(res.tags).toEqual([]);
  });

  it('refuses a missing signature with 401', async () => {
    const res = await run(request(payload));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: `Missing ${SIGNATURE_HEADER_NAME} header.` });
    expect(res.tags).toEqual([]);
  });

  it('refuses a signature made with another secret with 401', async () => {
    const res = await run(request(payload, { [SIGNATURE_HEADER_NAME]: await signed(payload, 'another-secret-0123456789') }));
    expect(res.status).toBe(401);
    expect(res.tags).toEqual([]);
  });

  it('refuses a signature of a different body with 401', async () => {
    const other = JSON.stringify({ _id: 'post-other', _type: 'post', slug: 'other' });
    const res = await run(request(payload, { [SIGNATURE_HEADER_NAME]: await signed(other) }));
    expect(res.status).toBe(401);
    expect(res.tags).toEqual([]);
  });

  it('refuses a malformed signature header with 401, not a crash', async () => {
    for (const header of ['garbage', 't=,v1=', 'v1=abc', 't=123']) {
      const res = await run(request(payload, { [SIGNATURE_HEADER_NAME]: header }));
      expect(res.status).toBe(401);
    }
  });

  it('checks the signature before it reads the JSON: unsigned malformed JSON is 401, signed is 400', async () => {
    const broken = '{"_id": "post-kap", ';
    expect((await run(request(broken))).status).toBe(401);
    const res = await run(request(broken, { [SIGNATURE_HEADER_NAME]: await signed(broken) }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'The body is not JSON.' });
  });

  it('refuses a signed body that is not the projection with 400, naming the field', async () => {
    const wrong = JSON.stringify({ _id: 42, _type: 'post' });
    const res = await run(request(wrong, { [SIGNATURE_HEADER_NAME]: await signed(wrong) }));
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/_id/);
    const hostile = JSON.stringify({ _id: 'post-kap', _type: '<script>' });
    expect((await run(request(hostile, { [SIGNATURE_HEADER_NAME]: await signed(hostile) }))).status).toBe(400);
  });

  it('refuses a body over 64 KiB with 413, by its declared length or as it streams', async () => {
    const big = JSON.stringify({ _id: 'post-kap', _type: 'post', slug: 'x'.repeat(WEBHOOK_MAX_BYTES) });
    const declared = await run(request(big, { [SIGNATURE_HEADER_NAME]: await signed(big), 'content-length': String(big.length) }));
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const streamed = await run(request(stream, { [SIGNATURE_HEADER_NAME]: await signed(big) }));
    expect(streamed.status).toBe(413);
    expect(streamed.tags).toEqual([]);
  });

  it('accepts a body of exactly 64 KiB', async () => {
    const base = JSON.stringify({ _id: 'post-kap', _type: 'post', slug: '' });
    const exact = JSON.stringify({ _id: 'post-kap', _type: 'post', slug: '' }).replace('"slug":""', `"slug":"${'a'.repeat(300)}"`);
    const padded = exact + ' '.repeat(WEBHOOK_MAX_BYTES - exact.length);
    expect(new TextEncoder().encode(padded).length).toBe(WEBHOOK_MAX_BYTES);
    expect(base.length).toBeLessThan(WEBHOOK_MAX_BYTES);
    const res = await run(request(padded, { [SIGNATURE_HEADER_NAME]: await signed(padded) }));
    expect(res.status).toBe(200);
  });

  it('accepts a delivery signed up to five minutes ago (a retry), and refuses an older one or one from the future', async () => {
    const now = Date.now();
    const at = async (offset: number) =>
      run(request(payload, { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(payload, now + offset, SECRET) }), { now });
    expect((await at(-2 * 60_000)).status).toBe(200);
    expect((await at(-WEBHOOK_MAX_AGE_MS)).status).toBe(200);
    expect((await at(WEBHOOK_MAX_AHEAD_MS)).status).toBe(200);
    const old = await at(-WEBHOOK_MAX_AGE_MS - 1_000);
    expect(old.status).toBe(401);
    expect(old.tags).toEqual([]);
    expect(old.body).toEqual({ error: expect.stringMatching(/^The signature is 301 s old/) });
    expect(old.logs[0]).toMatch(/refused: signature 301 s old \(a replayed delivery/);
    const ahead = await at(WEBHOOK_MAX_AHEAD_MS + 5_000);
    expect(ahead.status).toBe(401);
    expect(ahead.body).toEqual({ error: expect.stringMatching(/65 s in the future/) });
  });

  it('accepts the header with a space after the comma, as the format allows', async () => {
    const header = (await signed(payload)).replace(',', ', ');
    expect((await run(request(payload, { [SIGNATURE_HEADER_NAME]: header }))).status).toBe(200);
  });

  it('takes each signature once: a second delivery with it is answered 200 and revalidates nothing', async () => {
    const replays = createReplayGuard();
    const header = await signed(payload);
    const send = () => run(request(payload, { [SIGNATURE_HEADER_NAME]: header }), { replays });
    expect((await send()).tags).toEqual(['doc:post-kap', 'type:post']);
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.tags).toEqual([]);
    expect(again.body).toMatchObject({ duplicate: true, revalidated: [] });
    expect(again.logs[0]).toMatch(/already received/);
    // A new signature of the same body (Sanity's next delivery) is taken.
    expect(
      (await run(request(payload, { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(payload, Date.now() + 1, SECRET) }))).tags,
    ).toHaveLength(2);
  });

  it('forgets signatures once they are out of the window, and holds at most its maximum', () => {
    const guard = createReplayGuard(1_000, 3);
    expect(guard.firstTime('a', 0)).toBe(true);
    expect(guard.firstTime('a', 500)).toBe(false);
    expect(guard.firstTime('a', 1_001)).toBe(true);
    for (const key of ['b', 'c', 'd', 'e']) expect(guard.firstTime(key, 1_100)).toBe(true);
    // Only the newest three are held.
    expect(guard.firstTime('e', 1_100)).toBe(false);
    expect(guard.firstTime('b', 1_100)).toBe(true);
  });

  it('answers 405 to anything but POST', async () => {
    expect((await run(request(null, {}, 'GET'))).status).toBe(405);
  });
});

describe('publishedId', () => {
  it('maps drafts and release versions to the published id', () => {
    expect(publishedId('drafts.post-1')).toBe('post-1');
    expect(publishedId('versions.rABC.post-1')).toBe('post-1');
    expect(publishedId('post-1')).toBe('post-1');
  });
});
