import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, deepEqual, diff } from '../../shared/patch.js';

// Views are JSON objects; arrays are replaced whole, objects compared key by key.
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 4 }), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'constructor', 'toString'), tie('value'), { maxKeys: 4 }),
})).object;

describe('diff and applyPatch', () => {
  it('turn any view into any other, and say nothing between equal ones', () => {
    fc.assert(
      fc.property(json, json, (before, after) => {
        expect(applyPatch(before, diff(before, after))).toEqual(after);
        expect(diff(before, structuredClone(before))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('prefix every path with the path given, and leave that array as it was', () => {
    const base = ['shared'];
    const ops = diff({ a: { b: 1, c: 2 } }, { a: { b: 1, c: 3 }, d: true }, base);
    expect(ops).toEqual([
      { op: 'set', path: ['shared', 'a', 'c'], value: 3 },
      { op: 'set', path: ['shared', 'd'], value: true },
    ]);
    expect(base).toEqual(['shared']);
  });

  it('read only own keys: a name the prototype answers is absent, not there', () => {
    expect(diff({ constructor: 1 }, {})).toEqual([{ op: 'del', path: ['constructor'] }]);
    expect(diff({}, { toString: 'x' })).toEqual([{ op: 'set', path: ['toString'], value: 'x' }]);
    expect(deepEqual({}, { constructor: undefined })).toBe(true);
  });

  it('compare objects as JSON does: a key holding undefined is absent', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(diff({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
  });
});
