/**
 * Minimal structural diff between two JSON values, so each command costs a
 * recipient only what changed. Objects are compared key by key; arrays and
 * scalars are replaced whole when they differ (arrays in views are short:
 * queues, waiting lists).
 */
import { own } from './own.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type PatchOp = { op: 'set'; path: string[]; value: unknown } | { op: 'del'; path: string[] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    // Keys holding undefined count as absent, as in JSON. Counted, not listed: no arrays per comparison.
    let defined = 0;
    for (const k in a) {
      if (!Object.hasOwn(a, k) || a[k] === undefined) continue;
      defined++;
      if (!Object.hasOwn(b, k) || !deepEqual(a[k], b[k])) return false;
    }
    for (const k in b) if (Object.hasOwn(b, k) && b[k] !== undefined) defined--;
    return defined === 0;
  }
  return false;
}

export function diff(before: unknown, after: unknown, path: string[] = [], out: PatchOp[] = []): PatchOp[] {
  diffAt(before, after, path, out);
  return out;
}

/**
 * `path` is shared down the recursion and copied only into an op, and keys are
 * walked with `for…in` rather than listed with Object.keys: walking the
 * unchanged parts of a view allocates nothing (this runs for every channel and
 * every person a command touches, and its garbage was a tenth of the server's).
 */
function diffAt(before: unknown, after: unknown, path: string[], out: PatchOp[]): void {
  if (before === after) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key in before) {
      if (!Object.hasOwn(before, key)) continue;
      if (own(after, key) === undefined && before[key] !== undefined) out.push({ op: 'del', path: [...path, key] });
    }
    for (const key in after) {
      if (!Object.hasOwn(after, key)) continue;
      const next = after[key];
      if (next === undefined) continue;
      const prev = own(before, key);
      if (prev === undefined) out.push({ op: 'set', path: [...path, key], value: next });
      else if (prev !== next) {
        path.push(key);
        diffAt(prev, next, path, out);
        path.pop();
      }
    }
    return;
  }
  if (!deepEqual(before, after)) out.push({ op: 'set', path: [...path], value: after });
}

/** Applies ops without mutating `target`: only the objects along each path are copied. */
export function applyPatch<T>(target: T, ops: readonly PatchOp[]): T {
  let root: unknown = target;
  for (const op of ops) root = applyOne(root, op.path, 0, op);
  return root as T;
}

function applyOne(node: unknown, path: string[], i: number, op: PatchOp): unknown {
  if (i === path.length) return op.op === 'set' ? op.value : undefined;
  const key = path[i]!;
  const obj = isPlainObject(node) ? node : {};
  const child = applyOne(obj[key], path, i + 1, op);
  const copy: Record<string, unknown> = { ...obj };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}
