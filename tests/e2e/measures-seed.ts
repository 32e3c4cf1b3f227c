import type { CreatedSession } from '../../shared/protocol';
import { MEASURES } from '../../shared/measure/definitions';
import type { MeasureKind } from '../../shared/measure/definitions';
import { connectClient, createSession, joinAsMember } from '../support/harness';
import type { TestClient } from '../support/harness';

/**
 * Earlier sessions of a group, played through the API as people would (REST
 * joins, real sockets): each has three members answering how I've been, their
 * goals and the group climate. Returns the last session, for the browser to open.
 */
type Answers = Record<string, Array<number | null>>;

async function ask(fac: TestClient, members: Record<string, TestClient>, kind: MeasureKind, answers: Answers) {
  const items = MEASURES[kind].items.map((i) => `Question ${i.id}`);
  const opened = await fac.send('measure:open', { kind, mode: kind === 'climate' ? 'anonymous' : 'named', items, low: 'low', high: 'high', ...(kind === 'wellbeing' ? { cutoff: 20 } : {}) });
  if (!opened.ok) throw new Error(opened.error.message);
  const runId = (await fac.until((v) => v.shared?.measure?.kind === kind)).shared!.measure!.id;
  for (const [name, values] of Object.entries(answers)) {
    const ack = await members[name]!.send('measure:answer', { runId, values });
    if (!ack.ok) throw new Error(ack.error.message);
  }
  await fac.until((v) => v.shared?.measure?.answered === Object.keys(answers).length);
  await fac.send('measure:close', { runId });
}

async function playSession(base: string, created: Pick<CreatedSession, 'sessionId' | 'joinCode' | 'facilitatorToken'>, n: number) {
  const fac = await connectClient(base, { sessionId: created.sessionId, token: created.facilitatorToken });
  const members: Record<string, TestClient> = {};
  for (const name of ['Ann', 'Bo', 'Cy']) {
    const joined = await joinAsMember(base, created.joinCode, name);
    members[name] = await connectClient(base, { sessionId: created.sessionId, token: joined.token });
    await members[name].send('measure:setGoals', { goals: [`${name}: say when I disagree`] });
  }
  await ask(fac, members, 'wellbeing', { Ann: [3 + n, 4 + n, 5, 6], Bo: [8, 8, 7 - n, 8], Cy: [5, 5, 5, 5 + n] });
  await ask(fac, members, 'goals', { Ann: [2 + 2 * n], Bo: [5 + n], Cy: [6] });
  await ask(fac, members, 'climate', { Ann: [5, 4, 2, 2, 1, 1], Bo: [4 + (n % 2), 5, 1, 2, 0, 1], Cy: [6, 5, 1, 1, 2 - (n % 2), 1] });
  await fac.send('session:end', {});
  for (const c of [fac, ...Object.values(members)]) c.close();
}

export async function seedGroup(base: string, sessions: number) {
  const first = await createSession(base, { groupName: 'Wednesday group', facilitatorName: 'Dr Rivera' });
  await playSession(base, first, 0);
  let last: Pick<CreatedSession, 'sessionId' | 'joinCode' | 'facilitatorToken' | 'facilitatorLink'> = first;
  for (let n = 1; n < sessions; n++) {
    const res = await fetch(`${base}/api/groups/${first.groupId}/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${last.facilitatorToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    last = (await res.json()) as CreatedSession;
    await playSession(base, last, n);
  }
  return { groupId: first.groupId, last };
}
