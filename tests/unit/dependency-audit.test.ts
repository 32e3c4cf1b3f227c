import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The production tree holds none of the versions in security/known-bad-versions.json.
 * It reads `npm ls --omit=dev --all --json` (no network), so it answers on every registry.
 */
interface Row { name: string; range: string; why: string }
interface Node { version?: string; dependencies?: Record<string, Node> }

const table = JSON.parse(fs.readFileSync('security/known-bad-versions.json', 'utf8')) as { rows: Row[] };

function parts(v: string): number[] {
  return v.split('-')[0]!.split('.').map((n) => Number(n));
}

function compare(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** `any`, or space-separated comparators (`>=6.0.0 <8.17.1`) that must all hold. */
function inRange(version: string, range: string): boolean {
  if (range === 'any') return true;
  return range.split(/\s+/).every((c) => {
    const m = /^(<=|>=|<|>|=)?(\d+\.\d+\.\d+)$/.exec(c);
    if (!m) throw new Error(`unreadable range "${range}"`);
    const d = compare(version, m[2]!);
    switch (m[1]) {
      case '<': return d < 0;
      case '<=': return d <= 0;
      case '>': return d > 0;
      case '>=': return d >= 0;
      default: return d === 0;
    }
  });
}

function* packages(node: Node, path: string[] = []): Generator<{ name: string; version: string; path: string[] }> {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    if (child.version) yield { name, version: child.version, path: [...path, name] };
    yield* packages(child, [...path, name]);
  }
}

describe('production dependencies', () => {
  it('the range reader works', () => {
    expect(inRange('6.2.7', '<8.17.1')).toBe(true);
    expect(inRange('8.17.1', '<8.17.1')).toBe(false);
    expect(inRange('8.23.0', '>=8.0.0 <8.17.1')).toBe(false);
    expect(inRange('5.6.0', 'any')).toBe(true);
  });

  it('hold no known-bad version and no native module Attune does not use', () => {
    let out: string;
    try {
      out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (err) {
      // npm ls exits non-zero on extraneous or missing optional packages; its JSON is still complete.
      out = (err as { stdout?: string }).stdout ?? '';
    }
    const tree = JSON.parse(out) as Node;
    const found = [...packages(tree)];
    expect(found.some((p) => p.name === 'express')).toBe(true); // the tree was really read
    const bad = found.flatMap((p) =>
      table.rows.filter((r) => r.name === p.name && inRange(p.version, r.range)).map((r) => `${p.path.join(' > ')}@${p.version}: ${r.why}`),
    );
    expect(bad).toEqual([]);
  }, 60_000);
});
