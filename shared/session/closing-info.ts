import { z } from 'zod';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { DomainEvent } from '../domain/events.js';
import type { SessionState } from '../domain/state.js';
import type { ClosingInfo } from './state.js';

/**
 * What members read when the session ends, set by the facilitators: when the
 * group meets next, and where to find support meanwhile (a crisis line, the
 * service's number). The support text is the group's: the next session starts
 * with it; the next-session line is this session's only.
 */
export const NEXT_SESSION_MAX = 200;
export const SUPPORT_MAX = 600;

// Trimmed; lines kept (a phone number on its own line reads better), runs of blank lines collapsed.
const text = (max: number) =>
  z
    .string()
    .max(max, `Please keep it to ${max} characters.`)
    .transform((s) => s.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim());

export const closingCommandSchemas = {
  'session:setClosingInfo': z.strictObject({ nextSession: text(NEXT_SESSION_MAX), support: text(SUPPORT_MAX) }),
} as const;

export const closingDeciders: DeciderTable<typeof closingCommandSchemas> = {
  'session:setClosingInfo': (state, { nextSession, support }, _actor, { now }) => {
    if (nextSession === state.closingInfo.nextSession && support === state.closingInfo.support) return accept();
    return accept({ type: 'session:closingInfoSet', at: now, nextSession, support });
  },
};

export function evolveClosingInfo(state: SessionState, e: DomainEvent): SessionState {
  if (e.type !== 'session:closingInfoSet') return state;
  return { ...state, closingInfo: { nextSession: e.nextSession, support: e.support } };
}

/** The part of the session info everyone sees: only what was written. */
export function closingView(info: ClosingInfo): Partial<ClosingInfo> | undefined {
  const out: Partial<ClosingInfo> = {};
  if (info.nextSession) out.nextSession = info.nextSession;
  if (info.support) out.support = info.support;
  return Object.keys(out).length > 0 ? out : undefined;
}
