/**
 * The server said `upgrade_required`: this page's code speaks another protocol
 * major, so load the current app. At most once a minute, so a server that keeps
 * refusing cannot put the page in a reload loop.
 */
const KEY = 'attune:upgradeReloadAt';
const MIN_GAP_MS = 60_000;

export function reloadForNewVersion(storage: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage, reload = () => window.location.reload(), now = Date.now()): boolean {
  const last = Number(storage.getItem(KEY) ?? 0);
  if (now - last < MIN_GAP_MS) return false;
  storage.setItem(KEY, String(now));
  reload();
  return true;
}
