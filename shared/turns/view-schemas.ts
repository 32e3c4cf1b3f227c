import { z } from 'zod';

/** zod twins of turns/views.ts, for the published JSON Schema (tests keep them equal to the types). */
export const FloorSchema = z.strictObject({
  holderId: z.string(),
  /** Unix ms. */
  since: z.number(),
  /** ms; null when untimed. */
  turnLength: z.number().nullable(),
  /** queue: from the raised hands (turns:next, or turns:give to someone whose hand was up); direct: turns:give otherwise; goaround: a go-around step. */
  source: z.enum(['queue', 'direct', 'goaround']),
});

export const GoAroundViewSchema = z.strictObject({
  order: z.array(z.string()),
  revisit: z.array(z.string()),
  revisiting: z.boolean(),
  index: z.number().int(),
  current: z.string().nullable(),
  step: z.number().int(),
  total: z.number().int(),
  next: z.string().nullable(),
  outcomes: z.record(z.string(), z.enum(['spoke', 'passed', 'skipped'])),
  turnLength: z.number().nullable(),
  includeLateJoiners: z.boolean(),
  shuffled: z.boolean(),
  paused: z.boolean(),
});

export const TurnsViewSchema = z.strictObject({
  queue: z.array(z.string()),
  floor: FloorSchema.nullable(),
  turn: z.number().int(),
  turnLength: z.number().nullable(),
  balanced: z.boolean(),
  goAround: GoAroundViewSchema.nullable(),
});

export const turnsViewShapes = {
  shared: { turns: TurnsViewSchema },
};
