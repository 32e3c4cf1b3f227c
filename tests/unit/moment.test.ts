import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands.js';
import { commandSchemas } from '../../shared/commands.js';
import type { Actor } from '../../shared/domain/actor.js';
import type { DomainEvent } from '../../shared/domain/events.js';
import { reduce } from '../../shared/domain/reducer.js';
import type { SessionState } from '../../shared/domain/state.js';
import { viewFor } from '../../shared/domain/views.js';
import { momentLabel } from '../../shared/moment/state.js';
import { buildSummary } from '../../shared/summary/summary.js';
import { csvTable, toCsv } from '../../shared/summary/csv.js';
import { serverWords } from '../../server/i18n/server-texts.js';
import { T0, codeOf, co, ctx, fac, member, room, run, taggerFor } from '../support/feedback-fixtures.js';

const open: Command = { type: 'moment:open', payload: {} };
const write = (text: string): Command => ({ type: 'moment:write', payload: { text } });
const skip: Command = { type: 'moment:skip', payload: {} };
const screen = (answerId: string, decision: 'keep' | 'share' | 'setAside'): Command => ({ type: 'moment:screen', payload: { answerId, decision } });
const reveal: Command = { type: 'moment:reveal', payload: {} };
const close: Command = { type: 'moment:close', payload: {} };

/** Runs the steps, keeping every event as the log would. */
function play(steps: Array<[Command, Actor]>, state: SessionState = room(), random?: () => number) {
  const log: DomainEvent[] = [];
  let s = state;
  for (const [command, actor] of steps) {
    const r = reduce(s, command, actor, { ...ctx(T0), ...(random ? { random } : {}) });
    if (!r.ok) throw new Error(`${command.type}: ${r.error.code}`);
    log.push(...r.events);
    s = r.state;
  }
  return { s, log };
}

/** Ann and Bo write, Cy skips; Dee does not answer. */
const answered = () =>
  play([
    [open, fac],
    [write('When Bo said he felt it too.'), member('ann')],
    [write('=HYPERLINK("x") the silence'), member('bo')],
    [skip, member('cy')],
  ]);
const answerIds = (s: SessionState) => s.moment.rounds.at(-1)!.answers;
const idOf = (s: SessionState, text: string) => Object.values(answerIds(s)).find((a) => a.text.startsWith(text))!.id;

describe('the moment that mattered: asking and answering', () => {
  it('only staff ask, one question at a time; only members answer, once, while it is open', () => {
    expect(codeOf(run(room(), open, member('ann')))).toBe('forbidden');
    const { s } = answered();
    expect(codeOf(run(s, open, co))).toBe('conflict');
    expect(codeOf(run(s, write('again'), member('ann')))).toBe('conflict');
    expect(codeOf(run(s, skip, member('ann')))).toBe('conflict');
    expect(codeOf(run(s, skip, member('cy')))).toBe('conflict');
    expect(codeOf(run(s, write('x'), fac))).toBe('forbidden');
    // A connection without a token-derived tagger cannot answer anonymously.
    expect(codeOf(run(s, write('x'), { kind: 'participant', id: 'dee', role: 'member' }))).toBe('forbidden');
    const closed = play([[close, fac]], s).s;
    expect(codeOf(run(closed, write('late'), member('dee')))).toBe('not_found');
    expect(codeOf(run(closed, close, fac))).toBe('not_found');
  });

  it('a member who skipped may still write; the skip is withdrawn', () => {
    const { s } = play([[write('After all: the laugh.'), member('cy')]], answered().s);
    const r = s.moment.rounds[0]!;
    expect(Object.keys(r.answers)).toHaveLength(3);
    expect(r.skipTags).toEqual([]);
  });

  it('refuses empty and overlong text and questions (the server answers invalid_payload)', () => {
    for (const text of ['   ', 'x'.repeat(1001)]) expect(commandSchemas['moment:write'].safeParse({ text }).success).toBe(false);
    expect(commandSchemas['moment:write'].safeParse({ text: '  the laugh ' }).data).toEqual({ text: 'the laugh' });
    expect(commandSchemas['moment:open'].safeParse({ question: 'q'.repeat(201) }).success).toBe(false);
    expect(commandSchemas['moment:screen'].safeParse({ answerId: 'a', decision: 'publish' }).success).toBe(false);
  });
});

describe('the moment that mattered: anonymity', () => {
  it('no event holds a member id or name; one member’s tags differ from question to question', () => {
    const first = answered();
    const second = play([[close, fac], [open, fac], [write('Second time.'), member('ann')]], first.s);
    const text = JSON.stringify([...first.log, ...second.log]);
    for (const who of ['"ann"', '"bo"', '"cy"', 'Ann', 'Bo"', 'Cy"']) expect(text).not.toContain(who);
    const [r1, r2] = second.s.moment.rounds;
    const tagOf = (r: typeof r1, t: string) => Object.values(r!.answers).find((a) => a.text === t)!.ownerTag;
    expect(tagOf(r1, 'When Bo said he felt it too.')).not.toBe(tagOf(r2, 'Second time.'));
    expect(tagOf(r2, 'Second time.')).toBe(taggerFor('token-of-ann')(momentLabel(r2!.id)));
  });

  it('staff see every answer and "3 of 4 done", never a tag; members see no answer before the reveal, only their own state', () => {
    const { s } = answered();
    const staff = viewFor(s, 'fac').shared!.staff!.moment!;
    expect(staff.answers.map((a) => a.text)).toEqual(['When Bo said he felt it too.', '=HYPERLINK("x") the silence']);
    expect({ done: staff.done, of: staff.of }).toEqual({ done: 3, of: 4 });
    expect(JSON.stringify(viewFor(s, 'fac'))).not.toContain(Object.values(answerIds(s))[0]!.ownerTag);
    const ann = viewFor(s, 'ann', taggerFor('token-of-ann'));
    expect(ann.shared!.moment).toMatchObject({ open: true, revealed: [] });
    expect(ann.shared!.staff).toBeUndefined();
    expect(ann.me.moment).toEqual({ answered: 'written' });
    expect(viewFor(s, 'cy', taggerFor('token-of-cy')).me.moment).toEqual({ answered: 'skipped' });
    expect(viewFor(s, 'dee', taggerFor('token-of-dee')).me.moment).toEqual({ answered: null });
    expect(JSON.stringify(viewFor(s, 'dee', taggerFor('token-of-dee')))).not.toContain('felt it too');
  });
});

describe('the moment that mattered: screening and sharing', () => {
  it('shares only the answers chosen, in a shuffled order, without author; a shown one stays shown', () => {
    const base = answered().s;
    const more = play([[write('Dee: the goodbye.'), member('dee')]], base).s;
    const ids = ['When Bo', '=HYPERLINK', 'Dee:'].map((t) => idOf(more, t));
    expect(codeOf(run(more, reveal, fac))).toBe('conflict');
    const { s, log } = play(
      [
        [screen(ids[0]!, 'share'), fac],
        [screen(ids[1]!, 'setAside'), co],
        [screen(ids[2]!, 'share'), fac],
        [reveal, fac],
      ],
      more,
      () => 0,
    );
    const revealed = log.find((e) => e.type === 'moment:revealed')!;
    expect(revealed).toMatchObject({ answerIds: [ids[2], ids[0]] });
    const shared = viewFor(s, 'bo', taggerFor('token-of-bo')).shared!.moment!;
    expect(shared.revealed).toEqual(['Dee: the goodbye.', 'When Bo said he felt it too.']);
    expect(JSON.stringify(viewFor(s, 'bo'))).not.toContain('HYPERLINK');
    expect(codeOf(run(s, screen(ids[0]!, 'setAside'), fac))).toBe('conflict');
    expect(codeOf(run(s, screen('nope', 'keep'), fac))).toBe('not_found');
    expect(codeOf(run(s, screen(ids[1]!, 'keep'), member('ann')))).toBe('forbidden');
  });

  it('the summary keeps counts and the kept or shared texts, never set-aside ones; the CSV is formula-safe', () => {
    const base = answered().s;
    const { s, log } = play(
      [
        [screen(idOf(base, 'When Bo'), 'share'), fac],
        [reveal, fac],
        [screen(idOf(base, '=HYPERLINK'), 'keep'), fac],
        [close, fac],
      ],
      base,
    );
    const words = serverWords('en');
    const summary = buildSummary({ state: s, events: log, options: { keepFeedbackTexts: false, words } });
    expect(summary.moments!.rounds).toEqual([
      { openedAt: T0, question: null, written: 2, skipped: 1, kept: ['=HYPERLINK("x") the silence'], shared: ['When Bo said he felt it too.'] },
    ]);
    const csv = toCsv(...(Object.values(csvTable(summary, 'moments', words)!) as [string[], never]));
    expect(csv).toContain(`'=HYPERLINK(""x"") the silence`);
    expect(csv).toContain('What was the most important moment for you today?');
    const setAside = play([[screen(idOf(base, '=HYPERLINK'), 'setAside'), fac]], base).s;
    expect(buildSummary({ state: setAside, events: [], options: { keepFeedbackTexts: false, words } }).moments!.rounds[0]!.kept).toEqual([]);
  });
});
