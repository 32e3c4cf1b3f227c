import { z } from 'zod';
import { MOMENT_STATUSES } from './state.js';

/** zod twins of views.ts, for the published JSON Schema. */
const MomentSharedViewSchema = z.strictObject({
  id: z.string(),
  question: z.string().nullable(),
  open: z.boolean(),
  revealed: z.array(z.string()),
});

const MomentStaffViewSchema = z.strictObject({
  answers: z.array(z.strictObject({ id: z.string(), text: z.string(), status: z.enum(MOMENT_STATUSES), revealed: z.boolean() })),
  done: z.number().int(),
  of: z.number().int(),
});

const MomentMeViewSchema = z.strictObject({ answered: z.enum(['written', 'skipped']).nullable() });

export const momentViewShapes = {
  shared: { moment: MomentSharedViewSchema.nullable() },
  staff: { moment: MomentStaffViewSchema.nullable() },
  memberMe: { moment: MomentMeViewSchema.nullable() },
  /** Only admitted members have it: people outside the room never get it. */
  insideOnly: ['moment'],
};
