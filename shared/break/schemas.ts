import { z } from 'zod';
import { BREAK_MAX_MINUTES } from './limits.js';

export const breakCommandSchemas = {
  'break:start': z.strictObject({ minutes: z.number().int().min(1).max(BREAK_MAX_MINUTES) }),
  'break:end': z.strictObject({}),
} as const;
