/**
 * Minimal structural diff between two JSON values, so each command costs a
 * recipient only what changed. Objects are compared key by key; arrays and
 * scalars are replaced whole when they differ (arrays in views are short:
 * queues, waiting lists).
 */
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
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

export function diff(before: unknown, after: unknown, path: string[] = [], out: PatchOp[] = []): PatchOp[] {
  diffAt(before, after, path, out);
  return out;
}

/**
 * `path` is shared down the recursion and copied only into an op, so walking
 * the unchanged parts of a large view allocates nothing.
 */
function diffAt(before: unknown, after: unknown, path: string[], out: PatchOp[]): void {
  if (before === after) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      if (after[key] === undefined && before[key] !== undefined) out.push({ op: 'del', path: [...path, key] });
    }
    for (const key of Object.keys(after)) {
      const next = after[key];
      if (next === undefined) continue;
      if (before[key] === undefined) out.push({ op: 'set', path: [...path, key], value: next });
      else if (before[key] !== next) {
        path.push(key);
        diffAt(before[key], next, path, out);
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
