import type { CreatedSession, Joined } from '../../shared/protocol.js';
import { ACTIVE_MEMBERS } from '../mix.js';
import type { DrivenRoom, SocketSpec, Target } from './wire.js';
import { roomAddress } from './wire.js';

/**
 * Rooms for a scenario: created over Attune's REST API (session, co-facilitator
 * invite, member joins) or, for the relay, just named. Then split over the
 * load-client processes: a room's senders all live in its driving process.
 */
export interface RoomShape {
  members: number;
  /** Connect the facilitator and a co-facilitator (the idle-memory scenario leaves them out). */
  staff: boolean;
}

export interface PreparedRoom {
  room: number;
  sessionId: string | null;
  memberIds: string[];
  sockets: SocketSpec[];
}

async function post<T>(url: string, body: unknown, room: number): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': roomAddress(room) }, body: JSON.stringify(body) });
  const json = (await res.json()) as T;
  if (res.status !== 201) throw new Error(`POST ${url} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function prepareAttuneRoom(url: string, room: number, shape: RoomShape): Promise<PreparedRoom> {
  const created = await post<CreatedSession>(`${url}/api/sessions`, { groupName: `Bench ${room}`, facilitatorName: 'Dana', waitingRoom: false }, room);
  const sockets: SocketSpec[] = [];
  if (shape.staff) {
    sockets.push({ room, role: 'facilitator', index: 0, auth: { sessionId: created.sessionId, token: created.facilitatorToken } });
    const invite = created.coFacilitatorLink.split('#invite=')[1]!;
    const co = await post<Joined>(`${url}/api/sessions/${created.sessionId}/cofacilitators`, { invite, name: 'Cole' }, room);
    sockets.push({ room, role: 'cofacilitator', index: 0, auth: { sessionId: co.sessionId, token: co.token } });
  }
  const memberIds: string[] = [];
  for (let i = 0; i < shape.members; i++) {
    // `session` routes the join to the session's node behind a proxy (deploy/nginx.conf); one node ignores it.
    const j = await post<Joined>(`${url}/api/join?session=${created.sessionId}`, { code: created.joinCode, name: `Member ${i + 1}`, acceptAgreement: true }, room);
    memberIds.push(j.participantId);
    sockets.push({ room, role: 'member', index: i, auth: { sessionId: j.sessionId, token: j.token } });
  }
  return { room, sessionId: created.sessionId, memberIds, sockets };
}

function prepareRelayRoom(room: number, shape: RoomShape): PreparedRoom {
  const auth = { room: `r${room}` };
  const sockets: SocketSpec[] = shape.staff
    ? [
        { room, role: 'facilitator', index: 0, auth },
        { room, role: 'cofacilitator', index: 0, auth },
      ]
    : [];
  const memberIds = Array.from({ length: shape.members }, (_, i) => `m${i}`);
  memberIds.forEach((_, i) => sockets.push({ room, role: 'member', index: i, auth }));
  return { room, sessionId: null, memberIds, sockets };
}

/** Prepares rooms numbered `from` .. `from + count - 1`, a few at a time. */
export async function prepareRooms(target: Target, url: string, from: number, count: number, shape: RoomShape): Promise<PreparedRoom[]> {
  const rooms: PreparedRoom[] = [];
  const ids = Array.from({ length: count }, (_, i) => from + i);
  const CONCURRENT = 8;
  for (let i = 0; i < ids.length; i += CONCURRENT) {
    const batch = ids.slice(i, i + CONCURRENT);
    rooms.push(
      ...(await Promise.all(batch.map((r) => (target === 'attune' ? prepareAttuneRoom(url, r, shape) : prepareRelayRoom(r, shape))))),
    );
  }
  return rooms;
}

/** Which worker gets which sockets, and which rooms each drives. */
export function assign(rooms: PreparedRoom[], workers: number, drive: boolean): Array<{ sockets: SocketSpec[]; driven: DrivenRoom[] }> {
  const plan = Array.from({ length: workers }, () => ({ sockets: [] as SocketSpec[], driven: [] as DrivenRoom[] }));
  let spread = 0;
  for (const r of rooms) {
    const home = plan[r.room % workers]!;
    if (drive) home.driven.push({ room: r.room, memberIds: r.memberIds });
    for (const s of r.sockets) {
      const sender = s.role !== 'member' || s.index < ACTIVE_MEMBERS;
      (sender ? home : plan[spread++ % workers]!).sockets.push(s);
    }
  }
  return plan;
}
