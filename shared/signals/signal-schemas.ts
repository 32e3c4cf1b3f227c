import { z } from 'zod';
import { IdSchema } from '../session/session-schemas.js';
import { SIGNAL_TEXT_MAX } from './signal-state.js';

/** Trimmed, inner whitespace collapsed; empty means "no words", which is fine. */
const SignalText = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(SIGNAL_TEXT_MAX, `Please keep it to ${SIGNAL_TEXT_MAX} characters.`));

export const signalCommandSchemas = {
  'signal:send': z.strictObject({ text: SignalText.optional() }),
  'signal:acknowledge': z.strictObject({ memberId: IdSchema }),
} as const;
