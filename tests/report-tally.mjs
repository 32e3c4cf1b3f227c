// Prints one closing line over every test layer ("N passed, N failed"), read from
// the JSON reports vitest, the cluster test and Playwright write to reports/. Used by .ci/run.
import fs from 'node:fs';

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = read('reports/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
const cluster = read('reports/cluster.json');
if (cluster) {
  passed += cluster.passed;
  failed += cluster.failed;
}
if (!unit || !e2e || !cluster) {
  console.log(`missing report: ${!unit ? 'reports/vitest.json ' : ''}${!e2e ? 'reports/e2e.json ' : ''}${!cluster ? 'reports/cluster.json' : ''}`);
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
