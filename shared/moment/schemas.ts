import { z } from 'zod';
import { IdSchema } from '../session/schemas.js';
import { MOMENT_QUESTION_MAX, MOMENT_TEXT_MAX } from './limits.js';

const Text = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} is at most ${max} characters.`)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, `${what} is empty.`));

export const momentCommandSchemas = {
  /** `question`: the facilitator's wording; absent for the default question. */
  'moment:open': z.strictObject({ question: Text(MOMENT_QUESTION_MAX, 'The question').optional() }),
  'moment:write': z.strictObject({ text: Text(MOMENT_TEXT_MAX, 'Your moment') }),
  'moment:skip': z.strictObject({}),
  'moment:screen': z.strictObject({ answerId: IdSchema, decision: z.enum(['keep', 'share', 'setAside']) }),
  'moment:reveal': z.strictObject({}),
  'moment:close': z.strictObject({}),
} as const;
