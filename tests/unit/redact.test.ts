/**
 * Secrets out of the logs (lib/security/redact.ts): the server's own secret values however they are
 * encoded, and secrets recognised by their shape in what the Sanity client and Next print.
 */
import { inspect } from 'node:util';
import { installLogRedaction, redact } from '@/lib/security/redact';

const TOKEN = 'skTestDummyReadToken0123456789abcdefNEVERPUBLIC';
const WEBHOOK = 'test-revalidate-secret-0123456789';
const env = { SANITY_API_READ_TOKEN: TOKEN, SANITY_REVALIDATE_SECRET: WEBHOOK };

describe('redact', () => {
  it.each([
    [`Authorization: Bearer ${TOKEN}`],
    [`{ headers: { authorization: 'Bearer ${TOKEN}' } }`],
    [`token=${encodeURIComponent(TOKEN)}`],
    [`"secret":"${WEBHOOK}"`],
    [`the secret is ${WEBHOOK}.`],
  ])('removes the server’s secrets from %s', (line) => {
    const out = redact(line, env);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(WEBHOOK);
    expect(out).toContain('[redacted]');
  });

  it.each([
    ['a bearer token it does not know', 'Authorization: Bearer eyJhbGciOi.abc.def', 'eyJhbGciOi'],
    ['a Sanity token by its shape', `token ${'sk'}${'A1b2C3'.repeat(8)}`, 'A1b2C3A1b2C3'],
    [
      'a preview secret in next-sanity’s query URL',
      'GET /v2025-02-19/data/query/production?query=x&%24secret=%22abc123def%22',
      'abc123def',
    ],
    ['the Presentation tool’s preview parameter', '/api/draft-mode/enable?sanity-preview-secret=s3cr3t-value&x=1', 's3cr3t-value'],
    ['a secret in an inspected object', inspect({ params: { secret: 'p-r-e-v-i-e-w' } }), 'p-r-e-v-i-e-w'],
    ['a Basic credential', 'Authorization: Basic dXNlcjpwYXNzd29yZA==', 'dXNlcjpwYXNz'],
    ['an unencoded $secret parameter', 'query?$secret="abc123def"&x=1', 'abc123def'],
    ['an unquoted secret', 'secret: abc123def, other', 'abc123def'],
    ['the draft-mode cookie’s value', 'cookie: __prerender_bypass=3f1c2d4e5b6a7980f1e2; theme=dark', '3f1c2d4e5b6a7980f1e2'],
  ])('removes %s', (_, line, secret) => {
    const out = redact(line, {});
    expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it('leaves ordinary lines as they are', () => {
    const lines = [
      '[content] postCardsQuery failed after 9.5 s against http://127.0.0.1:3196: ECONNREFUSED',
      '[revalidate] doc:post-kap, type:post',
      'SANITY_REVALIDATE_SECRET is not set on this server',
      'A secret garden, a token gesture.',
    ];
    for (const line of lines) expect(redact(line, env)).toBe(line);
  });
});

describe('installLogRedaction', () => {
  it('prints a line with a secret redacted, and any other line untouched', () => {
    const seen: unknown[][] = [];
    const record =
      () =>
      (...args: unknown[]) =>
        seen.push(args);
    const target = { log: record(), info: record(), warn: record(), error: record(), debug: record(), trace: record() };
    const previous = process.env.SANITY_API_READ_TOKEN;
    process.env.SANITY_API_READ_TOKEN = TOKEN;
    try {
      installLogRedaction(target);
      const error = Object.assign(new Error('Request failed'), { request: { headers: { Authorization: `Bearer ${TOKEN}` } } });
      target.error('[content] failed:', error);
      target.warn('plain %s', 'line');
    } finally {
      if (previous === undefined) delete process.env.SANITY_API_READ_TOKEN;
      else process.env.SANITY_API_READ_TOKEN = previous;
    }
    expect(seen).toHaveLength(2);
    expect(String(seen[0][0])).toContain('[content] failed: Error: Request failed');
    expect(String(seen[0][0])).not.toContain(TOKEN);
    expect(seen[1]).toEqual(['plain %s', 'line']);
  });
});
