import { z } from 'zod';
import { ROLES } from '../session/state.js';
import { TALK_SOURCES } from './intervals.js';

/** zod twins of views.ts, for the published JSON Schema. */
export const TalkStaffViewSchema = z.strictObject({
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  people: z.record(
    z.string(),
    z.strictObject({ name: z.string(), role: z.enum(ROLES), present: z.array(z.strictObject({ from: z.number(), to: z.number().nullable() })) }),
  ),
  intervals: z.record(
    z.string(),
    z.strictObject({ participantId: z.string(), from: z.number(), to: z.number().nullable(), source: z.enum(TALK_SOURCES) }),
  ),
  groupViewShared: z.boolean(),
});

export const TalkGroupViewSchema = z.strictObject({
  balanceIndex: z.number().nullable(),
  /** Always empty since protocol 1.2 (it held sorted shares); removed at the next MAJOR. */
  distribution: z.array(z.never()).max(0),
  memberCount: z.number().int(),
  asOf: z.number(),
});

export const talkViewShapes = {
  shared: { talk: TalkGroupViewSchema.optional() },
  staff: { talk: TalkStaffViewSchema },
};
