import { WireSocket } from './lib/wire-socket.js';
import { NotesEditor } from './lib/notes-editor.js';
import type { NotesTicketAck } from '../shared/protocol.js';
import { applyPatch } from '../shared/patch.js';
import type { PatchOp } from '../shared/patch.js';
import { ACTIVE_MEMBERS, firstStep, stepAt } from './mix.js';
import type { ChildMessage, DrivenRoom, ParentMessage, RunResult, SendRecord, SocketSpec, Target } from './lib/wire.js';
import { nowMs, roomAddress } from './lib/wire.js';

/**
 * A load-client process (forked by bench/run.ts). It holds many WebSocket
 * connections speaking the Socket.IO protocol (bench/lib/wire-socket.ts: the
 * wire format over plain `ws`, far cheaper than socket.io-client), plays the scripted mix
 * for the rooms it drives, and records for every update: when it arrived at
 * each recipient, its frame size, and whether versions/sequences line up.
 */
interface Client {
  spec: SocketSpec;
  socket: WireSocket;
  /** Attune: the room version this socket is at. */
  v: number;
  /** Relay: last sequence seen per sender. */
  seqs: Map<string, number>;
  arrivals: Map<string, number>;
  /** Attune senders keep their view, as a browser does, for payloads that quote it (e.g. the turn count). */
  view: unknown;
  /** Attune staff: their shared-notes editor (a Y.Doc over its own WebSocket). */
  notes: NotesEditor | null;
}

const clients: Client[] = [];
const driven: DrivenRoom[] = [];
const sendersOf = new Map<string, Client>(); // `${room}:${role}:${index}` → client
let target: Target = 'attune';
let recording = false;
let gaps = 0;
let outOfOrder = 0;
let bytes = 0;
let frames = 0;
/** Per driven room, kept across runs so the script continues where it stopped (the room's state does too). */
const stepOf = new Map<number, number>();
const relaySeq = new Map<string, number>();
const ackedKeys = new Set<string>();

function post(msg: ChildMessage): void {
  if (process.connected) process.send?.(msg);
}

function wsFrameBytes(payloadBytes: number): number {
  return payloadBytes + (payloadBytes < 126 ? 2 : payloadBytes < 65536 ? 4 : 10);
}

function onUpdate(c: Client, key: string): void {
  if (recording) c.arrivals.set(key, nowMs());
}

function countFrame(payloadBytes: number): void {
  if (!recording) return;
  bytes += wsFrameBytes(payloadBytes);
  frames++;
}

/** A notes update's key: the room and the update's name (its author's Yjs client id and clock). */
const notesKey = (room: number, name: string) => `${room}:notes:${name}`;

/** Attune staff hold a notes connection too (a ticket over their socket first); its updates are measured at the other staff editor. */
async function openNotes(url: string, c: Client): Promise<void> {
  const ticket = () =>
    new Promise<string>((resolve, reject) =>
      c.socket.emit('notes:ticket', {}, (ack: NotesTicketAck) => (ack.ok ? resolve(ack.ticket) : reject(new Error(ack.error.code)))),
    );
  const notes = await NotesEditor.open(url, c.spec.auth.sessionId!, c.spec.role, ticket, { 'x-forwarded-for': roomAddress(c.spec.room, c.spec.index) });
  notes.onRemote = (name) => onUpdate(c, notesKey(c.spec.room, name));
  notes.onFrame = countFrame;
  c.notes = notes;
}

/** Socket.IO event packets (`2[...]`); Attune's updates are `view:patch` events, every relay event is one. */
function isUpdatePacket(data: string): boolean {
  return target === 'attune' ? data.startsWith('2["view:patch"') : data.startsWith('2[');
}

/** Attune's view channel for a socket's role (docs/protocol.md: versions are per channel). */
function channelOf(role: SocketSpec['role']): 'staff' | 'members' {
  return role === 'member' ? 'members' : 'staff';
}

function open(url: string, spec: SocketSpec): Promise<Client | string> {
  const socket = new WireSocket(url, spec.auth, { 'x-forwarded-for': roomAddress(spec.room, spec.index) });
  const c: Client = { spec, socket, v: -1, seqs: new Map(), arrivals: new Map(), view: null, notes: null };
  const keepView = spec.role !== 'member' || spec.index < ACTIVE_MEMBERS;
  // Frames as they came over the wire: Engine.IO message frames (`4…`) that carry an update.
  socket.onFrame = (frame) => {
    if (frame[0] === '4' && isUpdatePacket(frame.slice(1))) countFrame(Buffer.byteLength(frame));
  };
  if (target === 'attune') {
    socket.on('view:full', (m: { v: number; view: unknown }) => {
      c.v = m.v;
      if (keepView) c.view = m.view;
    });
    socket.on('view:patch', (m: { from: number; v: number; ops: PatchOp[] }) => {
      if (keepView && m.from === c.v) c.view = applyPatch(c.view, m.ops);
      if (m.from > c.v) gaps++;
      else if (m.from < c.v) outOfOrder++;
      c.v = Math.max(c.v, m.v);
      // from === v: only this person's own part changed; not an update of the channel.
      if (m.from !== m.v) onUpdate(c, `${spec.room}:${channelOf(spec.role)}:${m.v}`);
    });
  } else {
    socket.onAny((_event: string, m: { sender: string; seq: number }) => {
      const last = c.seqs.get(m.sender) ?? 0;
      if (m.seq > last + 1) gaps++;
      else if (m.seq <= last) outOfOrder++;
      c.seqs.set(m.sender, Math.max(last, m.seq));
      onUpdate(c, `${spec.room}:${m.sender}:${m.seq}`);
    });
  }
  return new Promise((resolve) => {
    const ready = target === 'attune' ? 'view:full' : 'connect';
    socket.once(ready, () => {
      if (target !== 'attune' || spec.role === 'member') return resolve(c);
      openNotes(url, c).then(
        () => resolve(c),
        (err: Error) => {
          socket.disconnect();
          resolve(`notes: ${err.message}`);
        },
      );
    });
    socket.once('connect_error', (err: Error) => resolve(err.message));
  });
}

async function connectAll(msg: Extract<ParentMessage, { type: 'connect' }>): Promise<void> {
  target = msg.target;
  let failed = 0;
  let firstError: string | undefined;
  const BATCH = 100;
  for (let i = 0; i < msg.sockets.length; i += BATCH) {
    const opened = await Promise.all(msg.sockets.slice(i, i + BATCH).map((s) => open(msg.url, s)));
    for (const c of opened) {
      if (typeof c === 'string') {
        failed++;
        firstError ??= c;
        continue;
      }
      clients.push(c);
      sendersOf.set(`${c.spec.room}:${c.spec.role}:${c.spec.index}`, c);
    }
  }
  driven.push(...msg.driven);
  post({ type: 'connected', connected: clients.length, failed, firstError });
}

async function run(msg: Extract<ParentMessage, { type: 'run' }>): Promise<void> {
  const sends: SendRecord[] = [];
  const senderOfKey = new Map<string, Client>();
  const pending = new Set<Promise<void>>();
  for (const c of clients) c.arrivals.clear();
  gaps = outOfOrder = bytes = frames = 0;
  recording = true;

  const interval = 1000 / msg.ratePerRoom;
  const start = nowMs();
  const timers: NodeJS.Timeout[] = [];
  const sendStep = (room: DrivenRoom, n: number) => {
    const step = stepAt(n, room.memberIds, (role, member) => sendersOf.get(`${room.room}:${role}:${role === 'member' ? member : 0}`)?.view ?? null);
    const who = `${step.actor}:${step.actor === 'member' ? step.member : 0}`;
    const sender = sendersOf.get(`${room.room}:${who}`);
    if (!sender) {
      // Its socket was refused or dropped: counted as an error, the rest of the run goes on.
      sends.push({ key: '', name: step.name, room: room.room, v: null, tSend: nowMs(), tAck: null, ok: false, code: 'no_sender' });
      return;
    }
    if (step.via === 'notes' && target === 'attune') {
      // y-websocket has no acknowledgement: the update counts as sent, and arrives at the other staff editor or is lost.
      const rec: SendRecord = { key: '', name: step.name, room: room.room, v: null, channel: 'staff', via: 'notes', tSend: nowMs(), tAck: null, ok: !!sender.notes };
      sends.push(rec);
      if (!sender.notes) return void (rec.code = 'no_notes');
      rec.key = notesKey(room.room, sender.notes.type(String(step.payload.line)));
      senderOfKey.set(rec.key, sender);
      return;
    }
    const tSend = nowMs();
    // The sender's channel version now: an ack at or below it means its channel saw nothing new.
    const vAtSend = sender.v;
    const rec: SendRecord = { key: '', name: step.name, room: room.room, v: null, via: step.via, tSend, tAck: null, ok: false };
    sends.push(rec);
    let payload: unknown = step.payload;
    if (target === 'relay') {
      const seq = (relaySeq.get(`${room.room}:${who}`) ?? 0) + 1;
      relaySeq.set(`${room.room}:${who}`, seq);
      rec.key = `${room.room}:${who}:${seq}`;
      senderOfKey.set(rec.key, sender);
      payload = { sender: who, seq, payload: step.payload };
    }
    const p = new Promise<void>((resolve) => {
      sender.socket.emit(step.name, payload, (ack: { ok: boolean; v?: number; error?: { code: string } }) => {
        rec.tAck = nowMs();
        rec.ok = ack.ok;
        if (!ack.ok) rec.code = ack.error?.code;
        if (target === 'attune' && ack.ok && ack.v !== undefined) {
          // Versions are per channel: the sender's channel version names the update its channel got.
          const channel = channelOf(sender.spec.role);
          const key = `${room.room}:${channel}:${ack.v}`;
          rec.v = ack.v;
          rec.channel = channel;
          // The same version again: nothing the sender's channel sees changed (a staff-only
          // change, the sender's own part only, a member's private signal), so there is no arrival to measure.
          if (ackedKeys.has(key) || ack.v <= vAtSend) {
            rec.unseen = true;
            return resolve();
          }
          ackedKeys.add(key);
          rec.key = key;
          senderOfKey.set(rec.key, sender);
        }
        resolve();
      });
    });
    pending.add(p);
    void p.then(() => pending.delete(p));
  };
  for (const room of driven) {
    // Rooms start at random phases, as real groups do, so the load is spread over each second.
    const phase = Math.random() * interval;
    let i = 0;
    const tick = () => {
      if (phase + i * interval >= msg.durationMs) return;
      const n = stepOf.get(room.room) ?? firstStep(room.room);
      stepOf.set(room.room, n + 1);
      sendStep(room, n);
      i++;
      timers.push(setTimeout(tick, Math.max(0, start + phase + i * interval - nowMs())));
    };
    timers.push(setTimeout(tick, phase));
  }
  await new Promise((r) => setTimeout(r, msg.durationMs));
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 10_000))]);
  await new Promise((r) => setTimeout(r, msg.drainMs));
  recording = false;
  timers.forEach(clearTimeout);

  // Latest arrival per update among recipients other than its sender.
  const arrivals: RunResult['arrivals'] = {};
  for (const c of clients) {
    for (const [key, t] of c.arrivals) {
      if (senderOfKey.get(key) === c) continue;
      const a = arrivals[key];
      if (a) {
        a[0] = Math.max(a[0], t);
        a[1]++;
      } else arrivals[key] = [t, 1];
    }
  }
  post({ type: 'result', result: { sends, arrivals, gaps, outOfOrder, bytes, frames } });
}

function disconnect(c: Client): void {
  c.socket.disconnect();
  c.notes?.close();
}

process.on('message', (msg: ParentMessage) => {
  const done = (p: Promise<void>) => p.catch((err: Error) => post({ type: 'error', message: err.stack ?? err.message }));
  if (msg.type === 'connect') done(connectAll(msg));
  else if (msg.type === 'run') done(run(msg));
  else if (msg.type === 'reset') {
    for (const c of clients) disconnect(c);
    clients.length = 0;
    driven.length = 0;
    sendersOf.clear();
    stepOf.clear();
    relaySeq.clear();
    ackedKeys.clear();
    post({ type: 'reset' });
  } else {
    for (const c of clients) disconnect(c);
    setTimeout(() => process.exit(0), 200);
  }
});

// The orchestrator is gone (finished or crashed): nothing to report to any more.
process.on('disconnect', () => process.exit(0));
