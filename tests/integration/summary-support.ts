import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { checkinRoom } from './checkins-support.js';

/** A REST call with an optional bearer token; the body as text (CSV) or JSON. */
export async function call(server: Pick<TestServer, 'url'>, method: string, route: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}${route}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* CSV or empty */
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the answers' fields freely, as a client would
  return { status: res.status, text, json: json as any, headers: res.headers };
}

/** A short ended session: three members answer a scale check-in and a word check-in, both revealed. */
export async function endedSession(server: Pick<TestServer, 'url' | 'clock'>, names = ['Ann', 'Bo', 'Cy'], word = 'calm', prompt = 'How are you arriving?') {
  const room = await checkinRoom(server, names);
  const fac = room.clients.facilitator!;
  const runCheckin = async (format: object, values: Array<number | string>, text: string) => {
    expect(await fac.send('checkin:start', { prompt: text, format } as never)).toMatchObject({ ok: true });
    const id = (await fac.until((v) => !!v.shared?.checkin && v.shared.checkin.prompt === text)).shared!.checkin!.id;
    for (const [i, name] of names.entries()) expect(await room.clients[name]!.send('checkin:answer', { checkinId: id, value: values[i]! })).toMatchObject({ ok: true });
    expect(await fac.send('checkin:reveal', { checkinId: id })).toMatchObject({ ok: true });
    expect(await fac.send('checkin:close', { checkinId: id })).toMatchObject({ ok: true });
  };
  await runCheckin({ kind: 'scale', low: 'low', high: 'high' }, [4, 6, 8], prompt);
  await runCheckin({ kind: 'word' }, names.map(() => word), 'One word for today');
  server.clock.advance(50 * 60_000);
  expect(await fac.send('session:end', {})).toMatchObject({ ok: true });
  for (const c of Object.values(room.clients)) c.close();
  return room;
}

/** The database file and its WAL, as raw bytes, for "nothing of it remains" checks. */
export function rawDatabase(server: TestServer): Buffer {
  const file = path.join(server.dataDir, 'attune.sqlite');
  const parts = [fs.readFileSync(file)];
  if (fs.existsSync(`${file}-wal`)) parts.push(fs.readFileSync(`${file}-wal`));
  return Buffer.concat(parts);
}

/** Rows of every table with a session_id column that belong to the session (any feature's table included). */
export async function rowsOfSession(server: TestServer, sessionId: string): Promise<Record<string, number>> {
  const tables = await server.sql<string[]>("SELECT name FROM sqlite_master WHERE type = 'table'", 'values');
  const out: Record<string, number> = {};
  for (const t of tables) {
    const cols = (await server.sql<Array<{ name: string }>>(`PRAGMA table_info(${t})`, 'all')).map((c) => c.name);
    const col = t === 'sessions' ? 'id' : cols.includes('session_id') ? 'session_id' : null;
    if (col) out[t] = await server.sql<number>(`SELECT COUNT(*) FROM ${t} WHERE ${col} = ?`, 'value', sessionId);
  }
  return out;
}
