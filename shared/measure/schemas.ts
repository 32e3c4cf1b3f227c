import { z } from 'zod';
import { trimmed } from '../checkin/schemas.js';
import { MINIMUM_FLOOR, MINIMUM_MAX } from '../checkin/limits.js';
import { IdSchema } from '../session/schemas.js';
import { LABEL_MAX } from '../text.js';
import { MEASURE_KINDS } from './definitions.js';
import { GOAL_TEXT_MAX, GOALS_MAX, GOALS_MIN, ITEM_TEXT_MAX } from './limits.js';

export * from './limits.js';

/** The most items any measure has (climate's six), with room for a group's own wording. */
export const ITEMS_MAX = 8;

export const MeasureKindSchema = z.enum(MEASURE_KINDS);
export const MeasureModeSchema = z.enum(['named', 'anonymous']);
export const ItemTextSchema = trimmed(ITEM_TEXT_MAX, 'Please write the question.');
export const GoalTextSchema = trimmed(GOAL_TEXT_MAX, 'Please write the goal.');
export const GoalsSchema = z
  .array(GoalTextSchema)
  .min(GOALS_MIN, 'Please write at least one goal.')
  .max(GOALS_MAX, `At most ${GOALS_MAX} goals, please.`);

export const measureCommandSchemas = {
  /**
   * Staff open a measure in the room with the group's wording (the client reads
   * it from the group's settings or the catalog's defaults). Goals carry no items:
   * each member rates their own.
   */
  'measure:open': z.strictObject({
    kind: MeasureKindSchema,
    mode: MeasureModeSchema,
    items: z.array(ItemTextSchema).max(ITEMS_MAX),
    low: trimmed(LABEL_MAX, 'Please label the low end of the scale.'),
    high: trimmed(LABEL_MAX, 'Please label the high end of the scale.'),
    minimum: z.number().int().min(MINIMUM_FLOOR, `The minimum is never below ${MINIMUM_FLOOR}.`).max(MINIMUM_MAX).optional(),
    /** How I've been: totals at or below this are flagged to staff. */
    cutoff: z.number().int().min(0).max(100).optional(),
  }),
  /** A member's whole answer, sent once at the end of the stepper: one value per item, null where skipped. */
  'measure:answer': z.strictObject({
    runId: IdSchema,
    values: z.array(z.number().int().min(0).max(10).nullable()).max(ITEMS_MAX),
  }),
  'measure:close': z.strictObject({ runId: IdSchema }),
  /** A member writes their own goals (no memberId), or staff write them with a member. */
  'measure:setGoals': z.strictObject({ memberId: IdSchema.optional(), goals: GoalsSchema }),
} as const;
