import type { TestClient, TestServer } from '../support/harness.js';
import { connectClient, createSession, joinAsCoFacilitator, joinAsMember } from '../support/harness.js';

/** A room with a facilitator, a co-facilitator and named members, keeping everyone's token for reconnects. */
export async function checkinRoom(server: Pick<TestServer, 'url'>, names: string[]) {
  const created = await createSession(server.url);
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const clients: Record<string, TestClient> = {};
  const connect = async (name: string) => (clients[name] = await connectClient(server.url, { sessionId: created.sessionId, token: tokens[name]! }));
  tokens.facilitator = created.facilitatorToken;
  await connect('facilitator');
  const co = await joinAsCoFacilitator(server.url, created, 'Chris');
  tokens.co = co.token;
  ids.co = co.participantId;
  await connect('co');
  for (const name of names) {
    const joined = await joinAsMember(server.url, created.joinCode, name);
    tokens[name] = joined.token;
    ids[name] = joined.participantId;
    await connect(name);
  }
  // Everyone sees everyone online before the check-in starts.
  for (const c of Object.values(clients)) await c.until((v) => names.every((n) => v.shared?.roster[ids[n]!]?.presence === 'online'));
  return { created, tokens, ids, clients, connect, everyone: () => Object.values(clients) };
}

/** Every (path, leaf value) a message carries: patch ops under their path, full views under `view`. */
export function leaves(message: { event: string; data: unknown }): Array<{ path: string[]; value: unknown }> {
  const out: Array<{ path: string[]; value: unknown }> = [];
  const walk = (path: string[], v: unknown) => {
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length === 0) out.push({ path, value: v });
      for (const [k, child] of entries) walk([...path, k], child);
    } else out.push({ path, value: v });
  };
  const d = message.data as { ops?: Array<{ path: string[]; value?: unknown }>; view?: unknown };
  if (message.event === 'view:patch' && d.ops) for (const op of d.ops) walk(op.path, op.value);
  else walk([message.event], message.data);
  return out;
}
