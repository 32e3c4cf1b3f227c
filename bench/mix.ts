import type { ActorRole } from './lib/wire.js';

/**
 * The scripted command mix every scenario plays, per room, in a loop. Each
 * step names the command (as registered on main), who sends it and its payload.
 * The cycle must leave the room as it found it, so it can repeat forever and
 * every command is accepted (an error would not be a realistic load).
 *
 * Extend this table when a feature lands on main, e.g. turn-taking
 * (`turns:raiseHand` by a member, `turns:give` by the facilitator, `turns:endTurn`),
 * check-ins (`checkin:start`, members' `checkin:answer`, `checkin:reveal`,
 * `checkin:close`) and the tracker (`talk:track` by the co-facilitator).
 * Keep each sender at most at the per-socket command rate (server/config.ts:
 * 5/s, burst 15): at 5 commands/s per room, no single sender may have more than
 * every step.
 */
export interface MixContext {
  /** How many times the whole cycle has run in this room. */
  cycle: number;
  /** Members' participant ids in the room (Attune), or placeholders (relay). */
  memberIds: string[];
  /** The member this cycle is about (rotates). */
  member: number;
}

export interface MixStep {
  name: string;
  actor: ActorRole;
  payload: (ctx: MixContext) => Record<string, unknown>;
}

export const MIX: MixStep[] = [
  { name: 'break:start', actor: 'facilitator', payload: () => ({ minutes: 5 }) },
  { name: 'session:setWaitingRoom', actor: 'cofacilitator', payload: () => ({ enabled: true }) },
  { name: 'break:end', actor: 'facilitator', payload: () => ({}) },
  { name: 'session:setWaitingRoom', actor: 'cofacilitator', payload: () => ({ enabled: false }) },
];

/** Members who send commands rotate among the first few (they live in the room's driving process). */
export const ACTIVE_MEMBERS = 13;

/** Step `n` of a room's script: the command, its sender (role and member index) and payload. */
export function stepAt(n: number, memberIds: string[]) {
  const step = MIX[n % MIX.length]!;
  const cycle = Math.floor(n / MIX.length);
  const member = memberIds.length > 0 ? cycle % Math.min(ACTIVE_MEMBERS, memberIds.length) : 0;
  return { name: step.name, actor: step.actor, member, payload: step.payload({ cycle, memberIds, member }) };
}
