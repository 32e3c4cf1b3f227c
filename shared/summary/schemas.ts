import { z } from 'zod';
import { RETENTION_MAX_DAYS } from './api.js';

export const RetentionBody = z.strictObject({
  retentionDays: z.number().int().min(0).max(RETENTION_MAX_DAYS, `At most ${RETENTION_MAX_DAYS} days.`),
  keepAggregates: z.boolean(),
  keepFeedbackTexts: z.boolean(),
});

export const NextSessionBody = z.strictObject({ waitingRoom: z.boolean().optional() });

/** CSV tables a summary may have; a section the summary lacks answers 404. */
export const CsvTableName = z.string().regex(/^[a-z]{1,20}$/);
