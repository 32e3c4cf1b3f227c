import { z } from 'zod';
import { COMMAND_NAMES, commandSchemas } from '../../shared/commands.js';
import { CheckinMeViewSchema, CheckinStaffViewSchema, CheckinViewSchema } from '../../shared/checkin/view-schemas.js';
import { FeedbackMeViewSchema, FeedbackSharedViewSchema, FeedbackStaffViewSchema } from '../../shared/feedback/view-schemas.js';
import {
  CommandAckSchema,
  CommandErrorSchema,
  NotesTicketAckSchema,
  PatchOpSchema,
  ResyncAckSchema,
  ViewFullSchema,
  ViewPatchSchema,
  OkAckSchema,
  ViewFaultSchema,
  requestAcks,
} from '../../shared/protocol-schemas.js';
import { MySignalSchema, StaffSignalSchema } from '../../shared/signal/view-schemas.js';
import { TalkGroupViewSchema, TalkStaffViewSchema } from '../../shared/talk/view-schemas.js';
import { TurnsViewSchema } from '../../shared/turns/view-schemas.js';
import { PROTOCOL_VERSION } from '../../shared/protocol-version.js';
import { commandAudience } from '../../shared/domain/permissions.js';
import { HandshakeAuth } from '../../shared/session/schemas.js';
import {
  ClientViewSchema,
  MeViewSchema,
  MemberClientViewSchema,
  OutsideClientViewSchema,
  SessionInfoSchema,
  SharedViewSchema,
  StaffClientViewSchema,
  StaffViewSchema,
} from '../../shared/domain/view-schemas.js';

/**
 * The machine-readable protocol: one AsyncAPI 3 document, generated from the zod
 * schemas the server validates with (commands) and the view schemas (shared/…/
 * view-schemas.ts). Served at GET /api/asyncapi.json; `npm run docs` writes
 * docs/asyncapi.json and a unit test fails when that copy is stale.
 * It describes the Attune server: it receives commands and requests (each with a
 * reply, the acknowledgement) and sends views.
 */
type Json = Record<string, unknown>;

/** A command payload or the handshake: what the client sends, before the server's transforms. */
function inputSchema(s: z.ZodType): Json {
  const out = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Json;
  delete out.$schema;
  return out;
}

/** What the server sends, by name: each part once in components.schemas, referenced everywhere else. */
const NAMED = {
  CommandError: CommandErrorSchema,
  CommandAck: CommandAckSchema,
  ViewFull: ViewFullSchema,
  ViewPatch: ViewPatchSchema,
  PatchOp: PatchOpSchema,
  ResyncAck: ResyncAckSchema,
  NotesTicketAck: NotesTicketAckSchema,
  OkAck: OkAckSchema,
  ViewFault: ViewFaultSchema,
  ClientView: ClientViewSchema,
  StaffClientView: StaffClientViewSchema,
  MemberClientView: MemberClientViewSchema,
  OutsideClientView: OutsideClientViewSchema,
  SessionInfo: SessionInfoSchema,
  SharedView: SharedViewSchema,
  StaffView: StaffViewSchema,
  MeView: MeViewSchema,
  TurnsView: TurnsViewSchema,
  CheckinView: CheckinViewSchema,
  CheckinStaffView: CheckinStaffViewSchema,
  CheckinMeView: CheckinMeViewSchema,
  FeedbackSharedView: FeedbackSharedViewSchema,
  FeedbackStaffView: FeedbackStaffViewSchema,
  FeedbackMeView: FeedbackMeViewSchema,
  StaffSignal: StaffSignalSchema,
  MySignal: MySignalSchema,
  TalkStaffView: TalkStaffViewSchema,
  TalkGroupView: TalkGroupViewSchema,
} satisfies Record<string, z.ZodType>;
type Named = keyof typeof NAMED;

function namedSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, s] of Object.entries(NAMED)) registry.add(s, { id });
  const { schemas } = z.toJSONSchema(registry, { unrepresentable: 'any', target: 'draft-7', uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, Json> = {};
  for (const [id, s] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = s as Json;
    out[id] = rest;
  }
  return out;
}

const refTo = (id: Named) => ({ $ref: `#/components/schemas/${id}` });

/** AsyncAPI component keys allow no ':'; the Socket.IO event name is the message's `name`. */
const key = (event: string) => event.replace(':', '_');

const AUDIENCE = { staff: 'facilitators (facilitator and co-facilitators)', member: 'members', anyone: 'anyone in the session' } as const;

export function buildAsyncApi(): Json {
  const messages: Json = {};
  const operations: Json = {};
  const ref = (k: string) => ({ $ref: `#/channels/room/messages/${k}` });

  for (const name of COMMAND_NAMES) {
    const k = key(name);
    messages[k] = {
      name,
      title: name,
      summary: `Command; may be sent by ${AUDIENCE[commandAudience[name]]}. Unknown fields are refused.`,
      payload: inputSchema(commandSchemas[name]),
    };
    operations[k] = {
      action: 'receive',
      channel: { $ref: '#/channels/room' },
      messages: [ref(k)],
      reply: { channel: { $ref: '#/channels/room' }, messages: [ref('CommandAck')] },
    };
  }
  for (const [name, r] of Object.entries(requestAcks)) {
    const k = key(name);
    const ackKey = `${k}_ack`;
    messages[k] = {
      name,
      title: name,
      ...('payloadSchema' in r
        ? { summary: `Request; may be sent by ${AUDIENCE[r.audience]}. ${r.summary}`, payload: refTo(r.payloadSchema) }
        : { summary: `Request; may be sent by ${AUDIENCE[r.audience]}. ${r.summary} Sent with no payload (or any payload, which is ignored), only the acknowledgement callback.` }),
    };
    messages[ackKey] = { name: `${name} acknowledgement`, payload: refTo(r.ackSchema) };
    operations[k] = {
      action: 'receive',
      channel: { $ref: '#/channels/room' },
      messages: [ref(k)],
      reply: { channel: { $ref: '#/channels/room' }, messages: [ref(ackKey)] },
    };
  }
  messages.CommandAck = {
    name: 'acknowledgement',
    summary: 'Every command\'s acknowledgement: { ok: true, v } (applied; its patch has already arrived) or { ok: false, error } (nothing changed).',
    payload: refTo('CommandAck'),
  };
  messages.view_full = {
    name: 'view:full',
    summary: 'The whole view: on connect, on admission, and as the view:resync acknowledgement.',
    payload: refTo('ViewFull'),
  };
  messages.view_patch = {
    name: 'view:patch',
    summary: 'Changes to the view: apply only when your version equals `from`, in arrival order; otherwise send view:resync.',
    payload: refTo('ViewPatch'),
  };
  for (const k of ['view_full', 'view_patch']) {
    operations[k] = { action: 'send', channel: { $ref: '#/channels/room' }, messages: [ref(k)] };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Attune live protocol',
      version: PROTOCOL_VERSION,
      description:
        'Socket.IO v4 (path /socket.io/) on the app\'s origin. This document describes the server. ' +
        'Credentials go in the handshake `auth` (components.schemas.HandshakeAuth); a refused handshake gives connect_error ' +
        'with data.code unauthorized, revoked, upgrade_required or unavailable. Times are Unix milliseconds. See docs/protocol.md.',
    },
    defaultContentType: 'application/json',
    servers: {
      attune: { host: 'localhost:3000', protocol: 'ws', pathname: '/socket.io/', description: 'Your Attune server (ws or wss on its origin).' },
    },
    channels: {
      room: {
        address: '/',
        title: 'The live room of the session named in the handshake',
        messages,
      },
    },
    operations,
    components: {
      schemas: { HandshakeAuth: inputSchema(HandshakeAuth), ...namedSchemas() },
    },
  };
}

export function renderAsyncApi(): string {
  return `${JSON.stringify(buildAsyncApi(), null, 2)}\n`;
}
