import type { IncomingMessage } from 'node:http';

/**
 * Browsers always send Origin on WebSocket upgrades and cross-site requests.
 * We accept the app's own origin (same host) and the configured allowlist.
 * A request without Origin comes from a non-browser client (a script, a test):
 * it still has to present a valid credential, so it is let through.
 */
export function originAllowed(req: IncomingMessage, allowlist: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowlist.includes(origin)) return true;
  const host = req.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
