import { KIT_PROTOCOL, KitClient } from './client.js';
import type { Ack, Json, View } from './client.js';

/**
 * The conformance kit: one scripted session over the public REST API and the
 * Socket.IO protocol, as docs/protocol.md describes them. After every step each
 * connected client's view kept from patches must equal a fresh `view:resync`.
 * `npm run conformance -- http://host:port` runs it against any Attune server.
 */
export interface StepResult {
  step: string;
  ok: boolean;
  detail?: string;
}

type Obj = { [key: string]: Json };
const obj = (x: Json | undefined): Obj => (x && typeof x === 'object' && !Array.isArray(x) ? x : {});

/** JSON with sorted keys: a patched view and a fresh one hold keys in different orders. */
function canonical(x: Json | undefined): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (x && typeof x === 'object') {
    return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`).join(',')}}`;
  }
  return JSON.stringify(x ?? null);
}

function check(cond: unknown, what: string): asserts cond {
  if (!cond) throw new Error(what);
}

function refusedWith(ack: Ack, code: string, what: string): void {
  check(!ack.ok && ack.error.code === code, `${what}: expected ${code}, got ${JSON.stringify(ack)}`);
}

async function until(client: KitClient, predicate: (view: View) => boolean, what: string): Promise<View> {
  const deadline = Date.now() + 3000;
  while (!(client.view && predicate(client.view))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return client.view;
}

async function rest(base: string, method: 'GET' | 'POST', route: string, body?: Obj): Promise<{ status: number; body: Obj }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Obj };
}

/** The session under test: its credentials and one client per person. */
interface Ctx {
  base: string;
  sessionId: string;
  joinCode: string;
  tokens: Record<string, string>;
  ids: Record<string, string>;
  clients: Record<string, KitClient>;
}

const shared = (c: KitClient) => obj(c.view?.shared);
const turns = (c: KitClient) => obj(shared(c).turns);
const roster = (c: KitClient) => obj(shared(c).roster);
const presenceOf = (c: KitClient, id: string) => obj(roster(c)[id]).presence;

const MEMBERS = ['Ana', 'Ben', 'Cai'] as const;

const steps: Array<[string, (ctx: Ctx) => Promise<void>]> = [
  ['create a session (POST /api/sessions) and connect the facilitator', async (ctx) => {
    const r = await rest(ctx.base, 'POST', '/api/sessions', { groupName: 'Conformance group', facilitatorName: 'Fran' });
    check(r.status === 201, `expected 201, got ${r.status} ${JSON.stringify(r.body)}`);
    for (const link of ['facilitatorLink', 'coFacilitatorLink', 'memberLink']) {
      check(String(r.body[link]).startsWith('/'), `${link} should be a path relative to the origin`);
    }
    ctx.sessionId = String(r.body.sessionId);
    ctx.joinCode = String(r.body.joinCode);
    ctx.tokens.Fran = String(r.body.facilitatorToken);
    const fran = await KitClient.connect(ctx.base, ctx.sessionId, ctx.tokens.Fran);
    ctx.clients.Fran = fran;
    const me = obj(fran.view?.me);
    check(me.role === 'facilitator' && me.admission === 'admitted', 'the creator is an admitted facilitator');
    check(obj(shared(fran).staff).joinCode === ctx.joinCode, 'facilitators see the join code in shared.staff');
    ctx.ids.Fran = String(me.id);
  }],
  ['the machine-readable protocol (GET /api/asyncapi.json) is AsyncAPI 3 of the kit\'s protocol major', async (ctx) => {
    const r = await rest(ctx.base, 'GET', '/api/asyncapi.json');
    check(r.status === 200 && r.body.asyncapi === '3.0.0', `expected an AsyncAPI 3.0.0 document, got ${r.status}`);
    const version = String(obj(r.body.info).version);
    check(version.split('.')[0] === KIT_PROTOCOL.split('.')[0], `server protocol ${version}, kit ${KIT_PROTOCOL}`);
  }],
  ['an old protocol major is refused with upgrade_required', async (ctx) => {
    const err = await KitClient.connect(ctx.base, ctx.sessionId, ctx.tokens.Fran!, '0.9').then(
      (c) => (c.close(), 'connected'),
      (e: Error) => e.message,
    );
    check(err.includes('upgrade_required'), `expected upgrade_required, got ${err}`);
  }],
  ['three members preview (GET /api/join/:code), join (POST /api/join) and connect', async (ctx) => {
    const preview = await rest(ctx.base, 'GET', `/api/join/${encodeURIComponent(ctx.joinCode)}`);
    check(preview.status === 200 && preview.body.sessionId === ctx.sessionId, 'the preview names the session');
    for (const name of MEMBERS) {
      const r = await rest(ctx.base, 'POST', '/api/join', { code: ctx.joinCode, name, acceptAgreement: true });
      check(r.status === 201, `join ${name}: expected 201, got ${r.status}`);
      ctx.tokens[name] = String(r.body.token);
      ctx.ids[name] = String(r.body.participantId);
      ctx.clients[name] = await KitClient.connect(ctx.base, ctx.sessionId, ctx.tokens[name]!);
      check(obj(ctx.clients[name]!.view?.me).role === 'member', `${name} is a member`);
    }
    const fran = ctx.clients.Fran!;
    await until(fran, () => MEMBERS.every((n) => presenceOf(fran, ctx.ids[n]!) === 'online'), 'everyone is online');
    check((shared(fran).order as Json[]).length === 4, 'shared.order lists the four people in arrival order');
    check(shared(ctx.clients.Ana!).staff === undefined, 'members get no shared.staff');
  }],
  ['queue: members raise hands; only the owner may lower their own', async (ctx) => {
    const { Ana, Ben, Cai, Fran } = ctx.clients as Record<string, KitClient>;
    await Ana!.must('turns:raiseHand', {});
    await Ben!.must('turns:raiseHand', {});
    refusedWith(await Cai!.send('turns:lowerHand', { participantId: ctx.ids.Ana! }), 'forbidden', 'lowering another hand');
    await until(Fran!, () => canonical(turns(Fran!).queue) === canonical([ctx.ids.Ana!, ctx.ids.Ben!]), 'the queue is [Ana, Ben]');
  }],
  ['floor: next takes the first hand, a stale expectedTurn conflicts, give and end turn', async (ctx) => {
    const { Fran, Cai } = ctx.clients as Record<string, KitClient>;
    const turn = turns(Fran!).turn as number;
    await Fran!.must('turns:next', { expectedTurn: turn });
    const floor = obj(turns(Fran!).floor);
    check(floor.holderId === ctx.ids.Ana && floor.source === 'queue', `next gives Ana the floor from the queue: ${JSON.stringify(floor)}`);
    check(canonical(turns(Fran!).queue) === canonical([ctx.ids.Ben!]), 'Ana leaves the queue');
    refusedWith(await Fran!.send('turns:next', { expectedTurn: turn }), 'conflict', 'a stale expectedTurn');
    await Fran!.must('turns:give', { participantId: ctx.ids.Cai!, expectedTurn: turns(Fran!).turn as number });
    check(obj(turns(Fran!).floor).source === 'direct', 'give to someone without a raised hand is direct');
    await until(Cai!, () => obj(turns(Cai!).floor).holderId === ctx.ids.Cai, 'Cai sees the floor');
    await Cai!.must('turns:endTurn', { expectedTurn: turns(Cai!).turn as number });
    // Another socket's patch may still be on its way: wait for it rather than race it.
    await until(Fran!, () => turns(Fran!).floor === null, 'ending the turn frees the floor');
  }],
  ['check-in with a minimum of 3: no results below it, one answer each', async (ctx) => {
    const { Fran, Ana, Ben, Cai } = ctx.clients as Record<string, KitClient>;
    const start = await Fran!.must('checkin:start', { prompt: 'How are you?', format: { kind: 'scale', low: 'low', high: 'high' }, minimum: 3 });
    check(Object.keys(start).sort().join() === 'ok,v', 'the checkin:start ack is { ok, v }: no id');
    const id = String(obj(shared(Fran!).checkin).id);
    await until(Ana!, () => obj(shared(Ana!).checkin).id === id, 'members see the check-in');
    await Ana!.must('checkin:answer', { checkinId: id, value: 7 });
    await Ben!.must('checkin:answer', { checkinId: id, value: 3 });
    refusedWith(await Fran!.send('checkin:reveal', { checkinId: id }), 'too_few_answers', 'reveal below the minimum');
    refusedWith(await Ana!.send('checkin:answer', { checkinId: id, value: 1 }), 'already_answered', 'a second answer');
    await until(Cai!, () => obj(shared(Cai!).checkin).id === id, 'Cai sees the check-in');
    await Cai!.must('checkin:answer', { checkinId: id, value: 5 });
    check(obj(Ana!.view?.me).checkin !== undefined && obj(obj(Ana!.view?.me).checkin).answered === true, 'me.checkin says Ana answered');
    await Fran!.must('checkin:stop', { checkinId: id });
    await Fran!.must('checkin:reveal', { checkinId: id });
    const results = obj(obj(shared(Fran!).checkin).results);
    check(results.count === 3 && results.mean === 5, `results are the aggregate: ${JSON.stringify(results)}`);
    await Fran!.must('checkin:close', { checkinId: id });
    check(shared(Fran!).checkin === undefined, 'a closed check-in leaves the view');
  }],
  ['feedback round: submit, screen, reveal, resonate, end', async (ctx) => {
    const { Fran, Ana, Ben } = ctx.clients as Record<string, KitClient>;
    await Fran!.must('feedback:start', { mode: 'group', labels: ['I appreciate…', 'I wonder…'], anonymous: false });
    await until(Ana!, () => obj(obj(shared(Ana!).feedback).round).phase === 'writing', 'Ana sees the round open');
    await Ana!.must('feedback:submit', { recipient: null, parts: ['your calm', 'what helps you'] });
    const staffItems = (c: KitClient) => obj(obj(obj(shared(c).staff).feedback).items);
    await until(Fran!, () => Object.keys(staffItems(Fran!)).length > 0, 'staff see the submitted item');
    const items = staffItems(Fran!);
    const itemId = Object.keys(items)[0];
    check(itemId && Object.keys(items).length === 1, 'staff see the one submitted item');
    await Fran!.must('feedback:screen', { itemId, decision: 'approve' });
    await Fran!.must('feedback:reveal', {});
    await until(Ben!, () => obj(obj(obj(shared(Ben!).feedback).round).revealed)[itemId] !== undefined, 'Ben sees the approved item');
    await Ben!.must('feedback:resonate', { itemId, resonates: true });
    await Fran!.must('feedback:end', {});
    check(obj(shared(Fran!).feedback).round === null, 'an ended round leaves the view');
  }],
  ['break: start, end early; the ended break stays with endsAt in the past', async (ctx) => {
    const { Fran } = ctx.clients as Record<string, KitClient>;
    await Fran!.must('break:start', { minutes: 5 });
    const b = obj(obj(Fran!.view?.session).break);
    check((b.endsAt as number) - (b.startedAt as number) === 300_000, 'endsAt is startedAt + 5 min in Unix ms');
    await Fran!.must('break:end', {});
    const ended = obj(obj(Fran!.view?.session).break);
    check(typeof ended.endsAt === 'number' && ended.endsAt <= Date.now() + 60_000 && ended.endsAt < (b.endsAt as number), 'endsAt moved to the end time');
    check(!(await Fran!.send('break:end', {})).ok, 'ending a break twice is refused');
  }],
  ['private signal, talk tracker and interaction map: only staff see them', async (ctx) => {
    const { Fran, Ana, Ben } = ctx.clients as Record<string, KitClient>;
    await Ana!.must('signal:send', { text: 'I need a moment' });
    await until(Fran!, () => obj(obj(obj(shared(Fran!).staff).signals)[ctx.ids.Ana!]).text === 'I need a moment', 'staff see the signal');
    check(obj(obj(Ana!.view?.me).signal).status === 'sent', "Ana's me.signal is sent");
    await Fran!.must('signal:acknowledge', { memberId: ctx.ids.Ana! });
    await until(Ana!, () => obj(obj(Ana!.view?.me).signal).status === 'seen', "Ana's signal shows as seen");
    await Fran!.must('talk:track', { speaker: ctx.ids.Ben! });
    const intervals = Object.values(obj(obj(obj(shared(Fran!).staff).talk).intervals)).map(obj);
    check(intervals.some((i) => i.source === 'tracker' && i.participantId === ctx.ids.Ben && i.to === null), 'an open tracker interval is in shared.staff.talk');
    await Fran!.must('map:address', { to: 'group' });
    const addressed = obj(obj(shared(Fran!).staff).map).addressed;
    check(Array.isArray(addressed) && addressed.some((a) => obj(a).speaker === ctx.ids.Ben && obj(a).to === 'group'), 'the second tap (to the group) is in shared.staff.map');
    await Fran!.must('talk:track', { speaker: null });
    check(shared(Ben!).staff === undefined && shared(Ben!).talk === undefined, 'members see no talk-time data unless shared');
  }],
  ['leave: a member leaves; the others see them as left', async (ctx) => {
    const { Fran, Cai } = ctx.clients as Record<string, KitClient>;
    await Cai!.must('session:leave', {});
    await until(Fran!, () => presenceOf(Fran!, ctx.ids.Cai!) === 'left', 'Cai shows as left');
    Cai!.close();
    delete ctx.clients.Cai;
  }],
  ['reconnect: a dropped member comes back as the same person with the same token', async (ctx) => {
    const { Fran, Ana } = ctx.clients as Record<string, KitClient>;
    Ana!.close();
    await until(Fran!, () => presenceOf(Fran!, ctx.ids.Ana!) === 'reconnecting', 'Ana shows as reconnecting');
    ctx.clients.Ana = await KitClient.connect(ctx.base, ctx.sessionId, ctx.tokens.Ana!);
    check(obj(ctx.clients.Ana.view?.me).id === ctx.ids.Ana, 'the same participant id');
    await until(Fran!, () => presenceOf(Fran!, ctx.ids.Ana!) === 'online', 'Ana shows as online again');
  }],
  ['resync and unknown events: view:resync answers with the full view; unknown events get unknown_command', async (ctx) => {
    const { Ben } = ctx.clients as Record<string, KitClient>;
    const { fresh, v } = await Ben!.resync();
    check(typeof v === 'number' && obj(fresh.me).id === ctx.ids.Ben, 'the resync ack carries v and the view');
    refusedWith(await Ben!.request('nonsense:event', {}), 'unknown_command', 'an unknown event');
  }],
  ['end: the session ends and takes no more commands', async (ctx) => {
    const { Fran, Ben } = ctx.clients as Record<string, KitClient>;
    await Fran!.must('session:end', {});
    check(typeof obj(Fran!.view?.session).endedAt === 'number', 'session.endedAt is set');
    await until(Ben!, () => typeof obj(Ben!.view?.session).endedAt === 'number', 'Ben sees the end');
    refusedWith(await Ben!.send('turns:raiseHand', {}), 'session_ended', 'a command after the end');
  }],
];

/** Every connected client's patched view equals a fresh one, with no version gaps. */
async function viewsAgree(ctx: Ctx): Promise<void> {
  for (const [name, client] of Object.entries(ctx.clients)) {
    check(client.gaps === 0, `${name} received a patch whose "from" did not match its version`);
    const { kept, keptV, fresh, v } = await client.resync();
    check(keptV === v, `${name} kept version ${keptV}, fresh view is at ${v}`);
    check(canonical(kept) === canonical(fresh), `${name}'s patched view differs from a fresh one:\n kept  ${canonical(kept)}\n fresh ${canonical(fresh)}`);
  }
}

/** The session the kit made: its id and everyone's credentials (the data fixture script keeps them). */
export interface KitSession {
  sessionId: string;
  tokens: Record<string, string>;
  ids: Record<string, string>;
}

/** `skip`: steps to leave out (the data fixture script skips the handshake check, which writes nothing). */
export async function runConformance(
  base: string,
  log: (line: string) => void = console.log,
  skip: (step: string) => boolean = () => false,
): Promise<{ results: StepResult[]; session: KitSession }> {
  const ctx: Ctx = { base: base.replace(/\/$/, ''), sessionId: '', joinCode: '', tokens: {}, ids: {}, clients: {} };
  const results: StepResult[] = [];
  try {
    for (const [step, run] of steps) {
      if (skip(step)) continue;
      try {
        await run(ctx);
        await viewsAgree(ctx);
        results.push({ step, ok: true });
        log(`PASS  ${step}`);
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        results.push({ step, ok: false, detail });
        log(`FAIL  ${step}\n      ${detail}`);
        break; // later steps build on this one
      }
    }
  } finally {
    for (const c of Object.values(ctx.clients)) c.close();
  }
  const ran = new Set(results.map((r) => r.step));
  const skipped = results.every((r) => r.ok) ? [] : steps.map(([step]) => step).filter((step) => !ran.has(step) && !skip(step));
  for (const step of skipped) log(`SKIP  ${step}`);
  return {
    results: [...results, ...skipped.map((step) => ({ step, ok: false, detail: 'skipped after a failure' }))],
    session: { sessionId: ctx.sessionId, tokens: ctx.tokens, ids: ctx.ids },
  };
}
