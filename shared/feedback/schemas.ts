import { z } from 'zod';
import { IdSchema } from '../session/schemas.js';
import { LABEL_MAX } from '../text.js';
import { LABELS_MAX, LABELS_MIN, NOTE_MAX, PART_MAX, WRITE_MAX_MINUTES } from './limits.js';
import { FEEDBACK_MODES } from './state.js';

const Label = z
  .string()
  .max(LABEL_MAX, `Labels are at most ${LABEL_MAX} characters.`) // on the raw text, before whitespace is collapsed
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'Each part needs a label.').max(LABEL_MAX, `Labels are at most ${LABEL_MAX} characters.`));

const Part = z.string().max(PART_MAX, `Each part is at most ${PART_MAX} characters.`);
const Parts = z.array(Part).min(LABELS_MIN).max(LABELS_MAX);

export const feedbackCommandSchemas = {
  'feedback:start': z.strictObject({
    mode: z.enum(FEEDBACK_MODES),
    /** Required in hot-seat mode, absent otherwise. */
    focusId: IdSchema.optional(),
    labels: z.array(Label).min(LABELS_MIN).max(LABELS_MAX),
    anonymous: z.boolean(),
    /** Optional time to write, in minutes. */
    minutes: z.number().int().min(1).max(WRITE_MAX_MINUTES).optional(),
  }),
  'feedback:setFocus': z.strictObject({ focusId: IdSchema }),
  'feedback:answerFocus': z.strictObject({ open: z.boolean() }),
  /** `recipient`: a member id in pairs mode; ignored (null) otherwise. */
  'feedback:saveDraft': z.strictObject({ recipient: IdSchema.nullable(), parts: Parts }),
  'feedback:submit': z.strictObject({ recipient: IdSchema.nullable(), parts: Parts }),
  'feedback:screen': z.strictObject({
    itemId: IdSchema,
    decision: z.enum(['approve', 'holdBack']),
    note: z.string().max(NOTE_MAX, `Notes are at most ${NOTE_MAX} characters.`).trim().optional(),
  }),
  'feedback:reveal': z.strictObject({}),
  'feedback:resonate': z.strictObject({ itemId: IdSchema, resonates: z.boolean() }),
  'feedback:end': z.strictObject({}),
} as const;
