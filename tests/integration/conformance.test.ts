import { afterAll, beforeAll, expect, it } from 'vitest';
import { runConformance } from '../../conformance/kit.js';
import type { ChildServer } from '../support/child-server.js';
import { spawnServer } from '../support/child-server.js';
import { tempDir } from '../support/harness.js';

// CI runs the conformance kit (what `npm run conformance -- URL` runs) against a
// freshly started server process, over the public API only.

let server: ChildServer;
beforeAll(async () => {
  server = await spawnServer(tempDir('attune-conformance-'));
}, 30_000);
afterAll(async () => {
  await server.kill();
});

it('passes every step of the conformance kit', async () => {
  const lines: string[] = [];
  const { results } = await runConformance(server.url, (line) => lines.push(line));
  expect(results.filter((r) => !r.ok), lines.join('\n')).toEqual([]);
  expect(results.length).toBeGreaterThanOrEqual(12);
}, 60_000);
