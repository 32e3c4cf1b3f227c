import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CommandAck, NotesTicketAck, ResyncAck, ViewFullMessage, ViewPatchMessage } from '../../shared/protocol.js';
import type { CommandAckSchema, NotesTicketAckSchema, ResyncAckSchema, ViewFullSchema, ViewPatchSchema } from '../../shared/protocol-schemas.js';
import type { ClientViewSchema } from '../../shared/domain/view-schemas.js';
import type { ClientView } from '../../shared/domain/views.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The published schemas and the TypeScript types cannot drift apart: these fail to typecheck if they do.
describe('view and message schemas match the protocol types', () => {
  it('client view', () => {
    expectTypeOf<z.output<typeof ClientViewSchema>>().toEqualTypeOf<ClientView>();
  });
  it('messages and acknowledgements', () => {
    expectTypeOf<z.output<typeof ViewFullSchema>>().toEqualTypeOf<ViewFullMessage>();
    expectTypeOf<z.output<typeof ViewPatchSchema>>().toEqualTypeOf<ViewPatchMessage>();
    // Acks are intersections ({ ok: true } & T) in protocol.ts: equal as sets of values.
    const acks: [Same<z.output<typeof CommandAckSchema>, CommandAck>, Same<z.output<typeof ResyncAckSchema>, ResyncAck>, Same<z.output<typeof NotesTicketAckSchema>, NotesTicketAck>] = [true, true, true];
    expectTypeOf(acks).toEqualTypeOf<[true, true, true]>();
  });
});
