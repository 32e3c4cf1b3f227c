import { z } from 'zod';
import { ErrorCode } from './errors.js';
import { ClientViewSchema } from './domain/view-schemas.js';

/**
 * zod twins of the messages in protocol.ts, for the published JSON Schema
 * (docs/asyncapi.json). Tests check the inferred types equal the protocol types.
 */
export const CommandErrorSchema = z.strictObject({
  code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
  /** Written for people; may be shown as is. */
  message: z.string(),
});

const Failed = z.strictObject({ ok: z.literal(false), error: CommandErrorSchema });

/** Every command's acknowledgement: `v` is the sender's view version after it (its patch has already arrived). */
export const CommandAckSchema = z.union([z.strictObject({ ok: z.literal(true), v: z.number().int() }), Failed]);

export const ViewFullSchema = z.strictObject({
  v: z.number().int(),
  /** Server clock at send time, Unix ms. */
  serverNow: z.number(),
  view: ClientViewSchema,
});

export const PatchOpSchema = z.union([
  z.strictObject({ op: z.literal('set'), path: z.array(z.string()), value: z.unknown() }),
  z.strictObject({ op: z.literal('del'), path: z.array(z.string()) }),
]);

export const ViewPatchSchema = z.strictObject({
  /** Apply only when your version equals `from`. */
  from: z.number().int(),
  v: z.number().int(),
  serverNow: z.number(),
  ops: z.array(PatchOpSchema),
});

export const ResyncAckSchema = z.union([ViewFullSchema.extend({ ok: z.literal(true) }), Failed]);

export const NotesTicketAckSchema = z.union([
  z.strictObject({ ok: z.literal(true), ticket: z.string(), expiresAt: z.number() }),
  Failed,
]);

/** view:fault's payload: which panel could not render (a lower-case name), never any content. */
export const ViewFaultSchema = z.strictObject({ panel: z.string().max(40).regex(/^[a-z-]+$/) });

export const OkAckSchema = z.union([z.strictObject({ ok: z.literal(true) }), Failed]);

/** Requests: answered by their acknowledgement, they change nothing. `ackSchema`: its name in docs/asyncapi.json. */
export const requestAcks = {
  'view:resync': { audience: 'anyone', ack: ResyncAckSchema, ackSchema: 'ResyncAck', summary: 'The full view again, to replace yours (after a gap in versions, or when unsure).' },
  'notes:ticket': { audience: 'staff', ack: NotesTicketAckSchema, ackSchema: 'NotesTicketAck', summary: 'A single-use ticket (60 s) for the notes WebSocket.' },
  'view:fault': {
    audience: 'anyone',
    ack: OkAckSchema,
    ackSchema: 'OkAck',
    payload: ViewFaultSchema,
    payloadSchema: 'ViewFault',
    summary: 'A panel of the client could not render its view: the server logs which panel and the room version, never content. The client then resyncs.',
  },
} as const satisfies Record<string, { audience: string; ack: z.ZodType; ackSchema: string; summary: string; payload?: z.ZodType; payloadSchema?: string }>;
