/**
 * Secrets out of the logs (docs/ARCHITECTURE.md "Fetching, caching and security"). A failed Content
 * Lake request carries its headers (`Authorization: Bearer <read token>`) and its URL (a preview
 * secret among the query parameters) into the error Next and the client print. Every log line of the
 * server passes through `redact` (instrumentation.ts wraps the console once at start-up), and the
 * lines this code writes itself are redacted where they are made.
 */
import { formatWithOptions } from 'node:util';

/** The variables whose values are secrets: the server-only read token and the webhook's HMAC secret. */
export const SECRET_VARIABLES = ['SANITY_API_READ_TOKEN', 'SANITY_REVALIDATE_SECRET'] as const;

const REDACTED = '[redacted]';

/**
 * Secrets recognised by their shape, whatever their value: a bearer token, an authorization header,
 * a Sanity token (`sk` and a long run of letters and digits), the preview secret in a URL (next-sanity
 * sends it as `$secret`, the Presentation tool as `sanity-preview-secret`) or in an object.
 */
const SHAPES: ReadonlyArray<[RegExp, string]> = [
  [/\b(Bearer\s+)[^\s'",;)}\]]+/gi, `$1${REDACTED}`],
  // Any other scheme (Basic, a bare token): the whole credential after the header name.
  [/\b(authorization["']?\s*[:=]\s*["']?)(?!Bearer\b)(?:[A-Za-z]+\s+)?[^\s'",;)}\]]+/gi, `$1${REDACTED}`],
  [/\bsk[A-Za-z0-9]{30,}\b/g, REDACTED],
  // In a URL or a cookie, quoted or not: `$secret="x"`, `%24secret=%22x%22`, `sanity-preview-secret=x`, the draft cookie.
  [
    /((?:[?&;]|\b)(?:sanity-preview-secret|%24secret|\$secret|secret|token|__prerender_bypass)=)(?:%22|")?[^&\s'"#;,]+(?:%22|")?/gi,
    `$1${REDACTED}`,
  ],
  [/(["']?\b(?:secret|token|previewSecret)["']?\s*:\s*)(["'])(?:(?!\2)[^\\]|\\.)*\2/gi, `$1$2${REDACTED}$2`],
  // Unquoted, as a log line might put it: `secret: abc`.
  [/(\b(?:secret|token|previewSecret)\s*:\s+)(?!["'\[])[^\s,;)}\]]+/gi, `$1${REDACTED}`],
];

function secretValues(env: Record<string, string | undefined>): string[] {
  return SECRET_VARIABLES.flatMap((name) => {
    const value = env[name];
    // Too short a value would blank out ordinary words; such a secret is refused by lib/env.ts anyway.
    if (!value || value.length < 8) return [];
    return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])];
  });
}

/** The text with every secret this server knows of, or recognises by its shape, replaced. */
export function redact(text: string, env: Record<string, string | undefined> = process.env): string {
  let out = text;
  for (const value of secretValues(env)) out = out.split(value).join(REDACTED);
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
  return out;
}

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let installed = false;

/**
 * Wraps the console so that no line reaches the log with a secret in it. A line without one is passed
 * on untouched (Next's colours and formatting kept); one with a secret is printed redacted, as text.
 */
export function installLogRedaction(target: Pick<Console, (typeof METHODS)[number]> = console): void {
  if (installed && target === console) return;
  if (target === console) installed = true;
  for (const method of METHODS) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => {
      const text = formatWithOptions({ colors: false, depth: 6 }, ...args);
      const clean = redact(text);
      if (clean === text) original(...args);
      else original(clean);
    };
  }
}
