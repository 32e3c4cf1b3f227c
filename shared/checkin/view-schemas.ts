import { z } from 'zod';

/** zod twins of views.ts and aggregate.ts, for the published JSON Schema. */
const FormatViewSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scale'), low: z.string(), high: z.string() }),
  z.strictObject({ kind: z.literal('word') }),
  z.strictObject({ kind: z.literal('choice'), options: z.array(z.string()) }),
]);

/** A scale's results (ScaleResults in aggregate.ts): check-ins' and the measures' items. */
export const ScaleResultsSchema = z.strictObject({
  kind: z.literal('scale'),
  count: z.number().int(),
  histogram: z.array(z.number().int()),
  mean: z.number(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  sd: z.number(),
});

const ResultsSchema = z.discriminatedUnion('kind', [
  ScaleResultsSchema,
  z.strictObject({ kind: z.literal('word'), count: z.number().int(), words: z.array(z.strictObject({ word: z.string(), count: z.number().int() })) }),
  z.strictObject({ kind: z.literal('choice'), count: z.number().int(), counts: z.array(z.number().int()) }),
]);

export const CheckinViewSchema = z.strictObject({
  id: z.string(),
  prompt: z.string(),
  format: FormatViewSchema,
  minimum: z.number().int(),
  phase: z.enum(['open', 'stopped', 'revealed']),
  startedAt: z.number(),
  answered: z.number().int(),
  expected: z.number().int(),
  results: ResultsSchema.optional(),
  /** Present (true) when a restart lost the answers given so far and the check-in started over. */
  reopened: z.literal(true).optional(),
});

export const CheckinStaffViewSchema = z.strictObject({ cutoff: z.number().int(), atOrBelow: z.number().int().nullable() });

export const CheckinMeViewSchema = z.strictObject({ id: z.string(), answered: z.boolean() });

export const checkinViewShapes = {
  shared: { checkin: CheckinViewSchema.optional() },
  staff: { checkin: CheckinStaffViewSchema.optional() },
  memberMe: { checkin: CheckinMeViewSchema.optional() },
};
