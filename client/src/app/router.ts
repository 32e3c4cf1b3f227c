import { useSyncExternalStore } from 'react';

/**
 * A tiny router of our own (react-router would cost the member bundle ~20 KB).
 * The route is derived from location.pathname; navigate() pushes history and
 * notifies subscribers. Fragments (#key=, #invite=) are read by the pages that
 * need them and removed from the address bar right away.
 */
export type Route =
  | { name: 'home' }
  | { name: 'join'; code: string | null }
  | { name: 'cofacilitator'; sessionId: string }
  | { name: 'room'; sessionId: string }
  | { name: 'summary'; sessionId: string }
  | { name: 'group'; groupId: string }
  | { name: 'notFound' };

const listeners = new Set<() => void>();
function notify(): void {
  for (const l of listeners) l();
}
window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (first === 's' && second && rest.length === 1 && rest[0] === 'summary') return { name: 'summary', sessionId: second };
  if (rest.length > 0) return { name: 'notFound' };
  if (first === 'g' && second) return { name: 'group', groupId: second };
  if (first === undefined) return { name: 'home' };
  if (first === 'join') return { name: 'join', code: second ?? null };
  if (first === 'co' && second) return { name: 'cofacilitator', sessionId: second };
  if (first === 's' && second) return { name: 'room', sessionId: second };
  return { name: 'notFound' };
}

let cachedPath = '';
let cachedRoute: Route = { name: 'home' };
function currentRoute(): Route {
  const path = window.location.pathname;
  if (path !== cachedPath) {
    cachedPath = path;
    cachedRoute = parseRoute(path);
  }
  return cachedRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

/** Reads `#name=value` from the address bar and removes the whole fragment, so the secret is not left visible or in history. */
export function takeFragmentParam(name: string): string | null {
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash) return null;
  const value = new URLSearchParams(hash).get(name);
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  return value;
}
