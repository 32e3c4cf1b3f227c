import fs from 'node:fs';
import { withGenerated } from './protocol-table.js';

// `npm run docs`: refreshes the generated tables in docs/protocol.md.
const doc = fs.readFileSync('docs/protocol.md', 'utf8');
const errors = fs.readFileSync('shared/errors.ts', 'utf8');
fs.writeFileSync('docs/protocol.md', withGenerated(doc, errors));
console.log('docs/protocol.md updated');
