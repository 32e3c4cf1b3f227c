import { z } from 'zod';
import { IdSchema } from '../session/schemas.js';

export const talkCommandSchemas = {
  /**
   * Staff: who is speaking now, as observed. A participant id or "crosstalk" starts
   * (or switches to) that speaker; null ("nobody") stops. Sending the current
   * speaker again changes nothing, so a repeated message is harmless.
   */
  'talk:track': z.strictObject({ speaker: IdSchema.nullable() }),
  /** Staff: share (or stop sharing) the whole-group view — the balance index, no share per member. */
  'talk:shareGroupView': z.strictObject({ shared: z.boolean() }),
} as const;
