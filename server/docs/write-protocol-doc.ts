import fs from 'node:fs';
import { renderAsyncApi } from './asyncapi.js';
import { withGenerated } from './protocol-table.js';

// `npm run docs`: refreshes the generated tables in docs/protocol.md and docs/asyncapi.json.
const doc = fs.readFileSync('docs/protocol.md', 'utf8');
const errors = fs.readFileSync('shared/errors.ts', 'utf8');
fs.writeFileSync('docs/protocol.md', withGenerated(doc, errors));
fs.writeFileSync('docs/asyncapi.json', renderAsyncApi());
console.log('docs/protocol.md and docs/asyncapi.json updated');
