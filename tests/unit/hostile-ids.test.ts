import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command, CommandName } from '../../shared/commands.js';
import { COMMAND_NAMES, commandSchemas } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import { T0, WFW, co, fac, member, ok, room, run } from '../support/feedback-fixtures.js';

/**
 * Ids named after Object.prototype's properties must behave exactly like any
 * other unknown id: every command, every role, a busy room. A plain-object
 * lookup with such a key once stored phantom feedback items and blanked pages.
 */
const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__'];
/** Well-formed ids that name nobody and nothing: the oracle a prototype name is compared with. */
const UNKNOWN = 'nobody-here';

/** A room with something of everything open: a raised hand, a signal, a check-in, a feedback item and a moment question. */
function busyRoom(): { state: SessionState; real: string[] } {
  let s = room();
  s = ok(s, { type: 'turns:raiseHand', payload: {} }, member('bo'));
  s = ok(s, { type: 'signal:send', payload: { text: 'a moment' } }, member('cy'));
  s = ok(s, { type: 'checkin:start', payload: { prompt: 'How are you?', format: { kind: 'word' } } }, fac);
  s = ok(s, { type: 'feedback:start', payload: { mode: 'pairs', labels: WFW, anonymous: false } }, fac);
  s = ok(s, { type: 'feedback:submit', payload: { recipient: 'bo', parts: ['a', 'b', 'c'] } }, member('ann'));
  // An open moment question every member has answered, so asking or answering again is refused alike for
  // every id (a new question or answer would get a fresh id).
  s = ok(s, { type: 'moment:open', payload: {} }, fac);
  for (const who of ['ann', 'bo', 'cy']) s = ok(s, { type: 'moment:write', payload: { text: `${who}'s moment` } }, member(who));
  const itemId = Object.keys(s.feedback.round!.items)[0]!;
  const checkinId = s.checkins.order.at(-1)!;
  s = ok(s, { type: 'measure:setGoals', payload: { goals: ['say when I disagree'] } }, member('ann'));
  s = ok(s, { type: 'measure:open', payload: { kind: 'goals', mode: 'named', items: [], low: 'none', high: 'all' } }, fac);
  const runId = s.measures.order.at(-1)!;
  return { state: s, real: ['ann', 'bo', 'cy', 'dee', 'fac', 'co', itemId, checkinId, runId] };
}

/** A valid payload for each command, with every id field set to `id`. */
function commandWith(name: CommandName, id: string, turn: number): Command {
  const payloads: Record<CommandName, unknown> = {
    'session:admit': { participantId: id },
    'session:decline': { participantId: id },
    'session:remove': { participantId: id },
    'session:setWaitingRoom': { enabled: true },
    'session:end': {},
    'session:setPlannedEnd': { minutes: 90 },
    'feedback:shareMarks': { shared: true },
    'session:setClosingInfo': { nextSession: 'Tuesday', support: 'Call 116 123' },
    'session:leave': {},
    'break:start': { minutes: 5 },
    'break:end': {},
    'turns:raiseHand': {},
    'turns:lowerHand': { participantId: id },
    'turns:lowerAll': {},
    'turns:move': { participantId: id, direction: 'up' },
    'turns:next': { expectedTurn: turn },
    'turns:give': { participantId: id, expectedTurn: turn },
    'turns:endTurn': { expectedTurn: turn },
    'turns:pass': { expectedTurn: turn },
    'turns:setTurnLength': { seconds: 60 },
    'turns:setBalanced': { enabled: true },
    'turns:startGoAround': { order: 'roster', seconds: null, includeLateJoiners: false },
    'turns:resumeGoAround': { expectedTurn: turn },
    'turns:endGoAround': {},
    'checkin:start': { prompt: 'Again?', format: { kind: 'word' } },
    'measure:open': { kind: 'goals', mode: 'named', items: [], low: 'none', high: 'all' },
    'measure:answer': { runId: id, values: [5] },
    'measure:close': { runId: id },
    'measure:setGoals': { memberId: id, goals: ['say when I disagree'] },
    'checkin:answer': { checkinId: id, value: 'calm' },
    'checkin:stop': { checkinId: id },
    'checkin:reveal': { checkinId: id },
    'checkin:close': { checkinId: id },
    'signal:send': { text: 'hi' },
    'signal:acknowledge': { memberId: id },
    'signal:addWords': { text: 'words' },
    'feedback:start': { mode: 'hotSeat', focusId: id, labels: WFW, anonymous: false },
    'feedback:setFocus': { focusId: id },
    'feedback:answerFocus': { open: true },
    'feedback:saveDraft': { recipient: id, parts: ['a', 'b', 'c'] },
    'feedback:submit': { recipient: id, parts: ['a', 'b', 'c'] },
    'feedback:screen': { itemId: id, decision: 'approve' },
    'feedback:reveal': {},
    'feedback:resonate': { itemId: id, resonates: true },
    'feedback:end': {},
    'moment:open': {},
    'moment:write': { text: 'When Bo laughed.' },
    'moment:skip': {},
    'moment:screen': { answerId: id, decision: 'share' },
    'moment:reveal': {},
    'moment:close': {},
    'talk:track': { speaker: id },
    'talk:shareGroupView': { shared: true },
    'map:address': { to: id },
  };
  const parsed = commandSchemas[name].safeParse(payloads[name]);
  if (!parsed.success) throw new Error(`test payload for ${name} is invalid: ${parsed.error.message}`);
  return { type: name, payload: parsed.data } as Command;
}

/** Strings the payloads below carry besides ids, so an id equal to one of them is skipped. */
const PAYLOAD_WORDS = new Set(['a', 'b', 'c', 'calm', 'hi', 'up', 'roster', 'word', 'hotSeat', 'approve', 'Again?', 'none', 'all', 'goals', 'named', ...WFW]);

const ACTORS: Actor[] = [fac, co, member('ann'), member('bo'), member('cy')];

/** Every view, for every person, survives a JSON round trip unchanged: no undefined fields, no phantom entries. */
function expectWellFormedViews(state: SessionState): void {
  for (const id of state.order) {
    const view = viewFor(state, id);
    expect(JSON.parse(JSON.stringify(view))).toStrictEqual(view);
    for (const name of PROTO_NAMES) expect(JSON.stringify(view)).not.toContain(`"${name}"`);
  }
}

describe('ids named after prototype properties', () => {
  const { state, real } = busyRoom();
  const codeOf = (r: ReturnType<typeof run>) => (r.ok ? 'ok' : r.error.code);

  it('the busy room itself has well-formed views', () => expectWellFormedViews(state));

  it('answer every command, for every role, exactly as an unknown id does, and change nothing more', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMAND_NAMES),
        fc.constantFrom(...ACTORS),
        fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
        (name, actor, hostile) => {
          fc.pre(!real.includes(hostile) && !PAYLOAD_WORDS.has(hostile));
          const turn = state.turns.turn;
          const got = run(state, commandWith(name, hostile, turn), actor, T0 + 1000);
          const oracle = run(state, commandWith(name, UNKNOWN, turn), actor, T0 + 1000);
          expect(codeOf(got)).toBe(codeOf(oracle));
          if (got.ok && oracle.ok) {
            // Allowed without naming anyone (e.g. turns:lowerHand of a hand not raised): the same events.
            expect(JSON.stringify(got.events, (_k, v: unknown) => (v === hostile ? UNKNOWN : v))).toBe(JSON.stringify(oracle.events));
            expectWellFormedViews(got.state);
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('with real ids, every accepted command leaves every view well-formed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMAND_NAMES), fc.constantFrom(...ACTORS), fc.constantFrom(...real), (name, actor, id) => {
        const r = run(state, commandWith(name, id, state.turns.turn), actor, T0 + 1000);
        if (r.ok) expectWellFormedViews(r.state);
      }),
      { numRuns: 300 },
    );
  });

  it('the reported cases are not_found', () => {
    const withApproved = state;
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect(codeOf(run(withApproved, { type: 'feedback:screen', payload: { itemId: name, decision: 'approve' } }, fac))).toBe('not_found');
      expect(codeOf(run(withApproved, { type: 'turns:lowerHand', payload: { participantId: name } }, fac))).toBe('not_found');
      expect(codeOf(run(withApproved, { type: 'signal:acknowledge', payload: { memberId: name } }, fac))).toBe('not_found');
    }
  });
});
