import { z } from 'zod';

/** zod twins of views.ts, for the published JSON Schema. */
export const StaffSignalSchema = z.strictObject({ name: z.string(), sentAt: z.number(), text: z.string().nullable() });

export const MySignalSchema = z.strictObject({
  status: z.enum(['sent', 'seen']),
  sentAt: z.number(),
  text: z.string().nullable(),
  seenAt: z.number().nullable(),
  seenByName: z.string().nullable(),
});

export const signalViewShapes = {
  staff: { signals: z.record(z.string(), StaffSignalSchema) },
  memberMe: { signal: MySignalSchema.nullable() },
};
