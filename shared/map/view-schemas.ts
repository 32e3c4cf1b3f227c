import { z } from 'zod';

/** zod twin of views.ts, for the published JSON Schema. */
export const MapStaffViewSchema = z.strictObject({
  addressed: z.array(z.strictObject({ speaker: z.string(), since: z.number(), to: z.string() })),
});

export const mapViewShapes = {
  staff: { map: MapStaffViewSchema },
};
