import { z } from 'zod';
import { MEASURE_KINDS } from './definitions.js';
import { ScaleResultsSchema } from '../checkin/view-schemas.js';

/** zod twins of views.ts, for the published JSON Schema. */
const Kind = z.enum(MEASURE_KINDS);
const Mode = z.enum(['named', 'anonymous']);
const Value = z.number().int().nullable();

export const MeasureRunViewSchema = z.strictObject({
  id: z.string(),
  kind: Kind,
  mode: Mode,
  items: z.array(z.string()),
  low: z.string(),
  high: z.string(),
  max: z.number().int(),
  answered: z.number().int(),
  expected: z.number().int(),
  reopened: z.literal(true).optional(),
});

const NamedRowSchema = z.strictObject({
  values: z.array(Value),
  total: z.number().nullable(),
  belowCutoff: z.literal(true).optional(),
  goals: z.array(z.string()).optional(),
});

export const MeasuresStaffViewSchema = z.strictObject({
  runs: z.array(
    z.strictObject({
      id: z.string(),
      kind: Kind,
      mode: Mode,
      phase: z.enum(['open', 'closed']),
      items: z.array(z.string()),
      max: z.number().int(),
      answered: z.number().int(),
      expected: z.number().int(),
      minimum: z.number().int(),
      cutoff: z.number().int().nullable(),
      rows: z.record(z.string(), NamedRowSchema).optional(),
      results: z
        .strictObject({ count: z.number().int(), items: z.array(ScaleResultsSchema), subscales: z.record(z.string(), z.number().nullable()) })
        .optional(),
    }),
  ),
  goals: z.record(z.string(), z.array(z.string())),
});

export const MeasureMeViewSchema = z.strictObject({
  goals: z.array(z.string()),
  active: z.strictObject({ runId: z.string(), answered: z.boolean() }).optional(),
});

export const measureViewShapes = {
  shared: { measure: MeasureRunViewSchema.optional() },
  staff: { measures: MeasuresStaffViewSchema },
  memberMe: { measure: MeasureMeViewSchema },
};
