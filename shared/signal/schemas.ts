import { z } from 'zod';
import { IdSchema } from '../session/schemas.js';
import { SIGNAL_TEXT_MAX } from './limits.js';

/**
 * Trimmed, inner whitespace collapsed; empty means "no words", which is fine.
 * The limit is checked on the raw text first, so 60,000 spaces are refused, not collapsed.
 */
const SignalText = z
  .string()
  .max(SIGNAL_TEXT_MAX, `Please keep it to ${SIGNAL_TEXT_MAX} characters.`)
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(SIGNAL_TEXT_MAX, `Please keep it to ${SIGNAL_TEXT_MAX} characters.`));

export const signalCommandSchemas = {
  'signal:send': z.strictObject({ text: SignalText.optional() }),
  'signal:acknowledge': z.strictObject({ memberId: IdSchema }),
  /** Words added after the one-tap signal: they replace the signal's words (empty clears them). */
  'signal:addWords': z.strictObject({ text: SignalText }),
} as const;
