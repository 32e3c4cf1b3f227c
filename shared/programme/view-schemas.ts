import { z } from 'zod';

/** zod twins of views.ts, for the published JSON Schema. */
export const ProgrammeViewSchema = z.strictObject({ number: z.number().int(), total: z.number().int(), phase: z.string(), left: z.number().int().nullable() });
export const ProgrammeStaffViewSchema = z.strictObject({ left: z.number().int(), countdownFrom: z.number().int().nullable() });

export const programmeViewShapes = {
  shared: { programme: ProgrammeViewSchema.optional() },
  staff: { programme: ProgrammeStaffViewSchema.optional() },
};
