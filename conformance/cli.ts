import { runConformance } from './kit.js';

// `npm run conformance -- http://host:port`: exits 1 when any step fails.
const base = process.argv[2];
if (!base || !/^https?:\/\//.test(base)) {
  console.error('usage: npm run conformance -- http://host:port');
  process.exit(2);
}
const { results } = await runConformance(base);
const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `\n${failed} of ${results.length} steps failed` : `\nall ${results.length} steps passed`);
process.exit(failed ? 1 : 0);
