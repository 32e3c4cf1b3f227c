import { z } from 'zod';
import { IdSchema } from '../session/schemas.js';
import { LABEL_MAX } from '../text.js';
import { MINIMUM_FLOOR, MINIMUM_MAX, OPTION_MAX, OPTIONS_MAX, OPTIONS_MIN, PROMPT_MAX, SCALE_MAX, SCALE_MIN } from './limits.js';

export * from './limits.js';

/** A text as stored: at most `max` characters, whitespace collapsed, not empty (`empty` says so). */
export const trimmed = (max: number, empty: string) =>
  z
    .string()
    .max(max, `At most ${max} characters, please.`) // on the raw text, before whitespace is collapsed
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, empty).max(max, `At most ${max} characters, please.`));

const ScaleFormat = z.strictObject({
  kind: z.literal('scale'),
  low: trimmed(LABEL_MAX, 'Please label the low end of the scale.'),
  high: trimmed(LABEL_MAX, 'Please label the high end of the scale.'),
  /** Facilitators privately see how many answers are at or below this. */
  cutoff: z.number().int().min(SCALE_MIN).max(SCALE_MAX - 1).optional(),
});

const WordFormat = z.strictObject({ kind: z.literal('word') });

const ChoiceFormat = z.strictObject({
  kind: z.literal('choice'),
  options: z
    .array(trimmed(OPTION_MAX, 'Choices cannot be empty.'))
    .min(OPTIONS_MIN, `Please give at least ${OPTIONS_MIN} choices.`)
    .max(OPTIONS_MAX, `At most ${OPTIONS_MAX} choices, please.`)
    .refine((opts) => new Set(opts.map((o) => o.toLocaleLowerCase())).size === opts.length, 'Each choice must be different.'),
});

export const CheckinFormatSchema = z.discriminatedUnion('kind', [ScaleFormat, WordFormat, ChoiceFormat]);
export type CheckinFormat = z.output<typeof CheckinFormatSchema>;
export type CheckinFormatKind = CheckinFormat['kind'];

export const checkinCommandSchemas = {
  'checkin:start': z.strictObject({
    prompt: trimmed(PROMPT_MAX, 'Please write a prompt.'),
    format: CheckinFormatSchema,
    minimum: z.number().int().min(MINIMUM_FLOOR, `The minimum is never below ${MINIMUM_FLOOR}.`).max(MINIMUM_MAX).optional(),
  }),
  /**
   * A scale step (0–10), a choice's index, or a word. The payload never names
   * the sender: the server knows who is on the socket and keeps that apart.
   */
  'checkin:answer': z.strictObject({
    checkinId: IdSchema,
    value: z.union([z.number().int().min(0).max(SCALE_MAX), z.string().max(200)]),
  }),
  /** Stop taking answers without showing results; facilitators then see the cut-off count. */
  'checkin:stop': z.strictObject({ checkinId: IdSchema }),
  'checkin:reveal': z.strictObject({ checkinId: IdSchema }),
  'checkin:close': z.strictObject({ checkinId: IdSchema }),
} as const;
