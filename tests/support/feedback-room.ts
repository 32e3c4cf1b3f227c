import type { Config } from '../../server/config.js';
import type { TestClient, TestServer } from './harness.js';
import { connectClient, createSession, joinAsCoFacilitator, joinAsMember } from './harness.js';

/** Integration helpers for feedback: a room whose people keep their tokens, so they can reconnect after a restart. */
export const WFW = ['When you…', 'I felt…', 'I wonder…'];

/** Fake time never refills the command bucket, so tests give it room. */
export const ROOMY: Partial<Config> = { commandBurst: 500 };

export interface Person {
  id: string;
  token: string;
  client: TestClient;
}

export interface FeedbackRoom {
  sessionId: string;
  fac: Person;
  co: Person;
  members: Record<string, Person>;
  all(): TestClient[];
  memberClients(): Array<[string, TestClient]>;
}

export async function feedbackRoom(server: TestServer, names = ['Ann', 'Bo', 'Cy']): Promise<FeedbackRoom> {
  const created = await createSession(server.url);
  const auth = (token: string) => ({ sessionId: created.sessionId, token });
  const facClient = await connectClient(server.url, auth(created.facilitatorToken));
  const facId = facClient.view!.me.id;
  const coJoined = await joinAsCoFacilitator(server.url, created, 'Chris');
  const co: Person = { id: coJoined.participantId, token: coJoined.token, client: await connectClient(server.url, auth(coJoined.token)) };
  const members: Record<string, Person> = {};
  for (const name of names) {
    const j = await joinAsMember(server.url, created.joinCode, name);
    members[name] = { id: j.participantId, token: j.token, client: await connectClient(server.url, auth(j.token)) };
  }
  const room: FeedbackRoom = {
    sessionId: created.sessionId,
    fac: { id: facId, token: created.facilitatorToken, client: facClient },
    co,
    members,
    all: () => [room.fac.client, room.co.client, ...Object.values(room.members).map((m) => m.client)],
    memberClients: () => Object.entries(room.members).map(([n, m]) => [n, m.client]),
  };
  // Everyone sees everyone before the test starts.
  const lastId = Object.values(members).at(-1)?.id ?? co.id;
  for (const c of room.all()) await c.until((v) => v.shared?.roster[lastId]?.presence === 'online');
  return room;
}

export async function reconnect(server: TestServer, sessionId: string, p: Person): Promise<Person> {
  return { ...p, client: await connectClient(server.url, { sessionId, token: p.token }) };
}

export async function expectOk(ack: Promise<{ ok: boolean }> | { ok: boolean }) {
  const a = await ack;
  if (!a.ok) throw new Error(`expected ok, got ${JSON.stringify(a)}`);
  return a;
}

/** Every value in a JSON tree, so tests can find an object wherever a patch put it. */
export function* walk(value: unknown): Generator<unknown> {
  yield value;
  if (Array.isArray(value)) for (const v of value) yield* walk(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* walk(v);
}

/** Every object anywhere in a client's traffic whose `parts` include `text`. */
export function objectsCarrying(client: TestClient, text: string): unknown[] {
  const found: unknown[] = [];
  for (const m of client.received) {
    for (const v of walk(m.data)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { parts?: unknown }).parts)) {
        if (((v as { parts: unknown[] }).parts).includes(text)) found.push(v);
      }
    }
  }
  return found;
}

export function trafficText(client: TestClient): string {
  return JSON.stringify(client.received);
}
