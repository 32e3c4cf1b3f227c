import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The request's own origin: scheme (from the proxy when trusted), host and port. */
export function ownOrigin(req: IncomingMessage, trustProxy: boolean): string | null {
  const host = req.headers.host;
  if (!host) return null;
  const forwarded = trustProxy ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() : '';
  const scheme = forwarded || ((req.socket as TLSSocket).encrypted ? 'https' : 'http');
  return originOf(`${scheme}://${host}`);
}

/**
 * Browsers always send Origin on WebSocket upgrades and cross-site requests.
 * We accept the app's own origin and the configured allowlist, compared as
 * origins: scheme, host and port (http://app is not https://app).
 * A request without Origin comes from a non-browser client (a script, a test):
 * it still has to present a valid credential, so it is let through.
 */
export function originAllowed(req: IncomingMessage, allowlist: readonly string[], trustProxy = false): boolean {
  const header = req.headers.origin;
  if (!header) return true;
  const origin = originOf(header);
  if (!origin) return false;
  if (allowlist.some((allowed) => originOf(allowed) === origin)) return true;
  return origin === ownOrigin(req, trustProxy);
}
