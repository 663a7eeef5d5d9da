/**
 * Runs once when a server starts (Next's instrumentation hook): from then on, no log line carries a
 * secret (lib/security/redact.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installLogRedaction } = await import('./lib/security/redact');
  installLogRedaction();
}
