import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withGenerated } from '../../server/docs/protocol-table.js';

describe('docs/protocol.md', () => {
  it('lists every command and error code as the code defines them (run `npm run docs` to refresh)', () => {
    const doc = fs.readFileSync('docs/protocol.md', 'utf8');
    expect(withGenerated(doc, fs.readFileSync('shared/errors.ts', 'utf8'))).toBe(doc);
  });
});
