import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * shared/ has no import circle at all, type-only imports included: features
 * declare their types into the composition root (declaration merging) instead
 * of the root importing them. `npm run lint` checks value imports everywhere
 * (import-x/no-cycle); this checks the rest in shared/.
 */
function sharedImports(): Map<string, string[]> {
  const files = fs.readdirSync('shared', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join('shared', f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:import|export)[^;]*?from\s+'(\.[^']+)'/gs)]
      .map((m) => path.join(path.dirname(file), m[1]!).replace(/\.js$/, '.ts'))
      .filter((dep) => files.includes(dep));
    graph.set(file, deps);
  }
  return graph;
}

/** Every circle found by a depth-first walk, each as the path that closes it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) return void found.push([...trail.slice(at), file]);
    if (done.has(file)) return;
    for (const dep of graph.get(file) ?? []) walk(dep, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

describe('shared/ imports', () => {
  it('the walk finds a circle when there is one', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(circles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('form no circle, type-only imports included', () => {
    const graph = sharedImports();
    expect(graph.size).toBeGreaterThan(50); // the files were really read
    expect(circles(graph)).toEqual([]);
  });
});
