import { z } from 'zod';
import type { MeasureSettings } from './definitions.js';
import { DEFAULT_MEASURE_SETTINGS, MEASURES } from './definitions.js';
import { CLIMATE_EVERY_MAX } from './limits.js';
import { ItemTextSchema, MeasureModeSchema } from './schemas.js';

/** A measure's own wording: one text per question, in order, or null for the catalog's defaults. */
const wordingOf = (kind: 'wellbeing' | 'session' | 'climate') =>
  z
    .array(ItemTextSchema)
    .length(MEASURES[kind].items.length, `Please give all ${MEASURES[kind].items.length} questions.`)
    .nullable()
    .optional();

/** The body of POST /api/groups/:groupId/measures/settings, and how settings are read back from either store. */
export const MeasureSettingsSchema = z.strictObject({
  wording: z.strictObject({ wellbeing: wordingOf('wellbeing'), session: wordingOf('session'), climate: wordingOf('climate') }),
  sessionMode: MeasureModeSchema,
  climateEvery: z.number().int().min(1).max(CLIMATE_EVERY_MAX),
  wellbeingCutoff: z.number().int().min(0).max(40),
  wellbeingDrop: z.number().int().min(1).max(40),
});

/** Settings as stored, checked; anything unreadable falls back to the defaults rather than putting nonsense on screens. */
export function parseMeasureSettings(raw: unknown): MeasureSettings {
  const parsed = MeasureSettingsSchema.safeParse(raw);
  return parsed.success ? (parsed.data as MeasureSettings) : DEFAULT_MEASURE_SETTINGS;
}
