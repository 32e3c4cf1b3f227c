import type { IncomingHttpHeaders } from 'node:http';

/**
 * The address a request or connection comes from, for per-address limits:
 * behind a reverse proxy (TRUST_PROXY) the first X-Forwarded-For entry, as
 * Express's `req.ip` gives it; otherwise the TCP peer.
 */
export function addressOf(headers: IncomingHttpHeaders, remoteAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return remoteAddress ?? 'unknown';
}
