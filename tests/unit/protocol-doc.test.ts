import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAsyncApi } from '../../server/docs/asyncapi.js';
import { withGenerated } from '../../server/docs/protocol-table.js';
import { COMMAND_NAMES } from '../../shared/commands.js';
import { REQUEST_EVENTS } from '../../shared/protocol.js';
import { PROTOCOL_VERSION } from '../../shared/protocol-version.js';

describe('docs/protocol.md', () => {
  it('lists every command and error code as the code defines them (run `npm run docs` to refresh)', () => {
    const doc = fs.readFileSync('docs/protocol.md', 'utf8');
    expect(withGenerated(doc, fs.readFileSync('shared/errors.ts', 'utf8'))).toBe(doc);
  });
});

describe('docs/asyncapi.json', () => {
  it('is the document the schemas generate (run `npm run docs` to refresh)', () => {
    expect(fs.readFileSync('docs/asyncapi.json', 'utf8')).toBe(renderAsyncApi());
  });

  it('ties every command and request to a message with a reply, and both view messages to the server', () => {
    const doc = JSON.parse(renderAsyncApi()) as {
      asyncapi: string;
      info: { version: string };
      channels: { room: { messages: Record<string, { name: string }> } };
      operations: Record<string, { action: string; reply?: unknown }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.asyncapi).toBe('3.0.0');
    expect(doc.info.version).toBe(PROTOCOL_VERSION);
    const names = new Map(Object.entries(doc.channels.room.messages).map(([k, m]) => [m.name, k]));
    for (const name of [...COMMAND_NAMES, ...REQUEST_EVENTS]) {
      const k = names.get(name);
      expect(k, name).toBeDefined();
      expect(doc.operations[k!]).toMatchObject({ action: 'receive', reply: expect.anything() });
    }
    expect(doc.operations.view_full?.action).toBe('send');
    expect(doc.operations.view_patch?.action).toBe('send');
    for (const role of ['StaffClientView', 'MemberClientView', 'OutsideClientView', 'ViewFull', 'ViewPatch', 'CommandAck']) {
      expect(doc.components.schemas[role], role).toBeDefined();
    }
    // Every $ref points at a schema that exists.
    for (const [, ref] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)) {
      expect(doc.components.schemas[ref!], ref).toBeDefined();
    }
  });
});
