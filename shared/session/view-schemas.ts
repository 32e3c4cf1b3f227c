import { z } from 'zod';
import { ROLES } from './state.js';

/** zod twins of views.ts, for the published JSON Schema. All times are Unix milliseconds. */
export const AdmissionSchema = z.enum(['waiting', 'admitted', 'declined', 'removed']);
export const PresenceSchema = z.enum(['online', 'reconnecting', 'left']);

export const SessionInfoSchema = z.strictObject({
  id: z.string(),
  groupName: z.string(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  /** The latest break; it stays after it ends, with endsAt in the past (break:end sets endsAt to the end time). */
  break: z.strictObject({ startedAt: z.number(), endsAt: z.number() }).nullable(),
  /** The group's language, a catalog code such as `en`, `es` or `ar` (older sessions: `en`); each person's own screen may use another. */
  language: z.string(),
  /** What members read at the end (next session, support between sessions), when the facilitators wrote it. */
  closing: z.strictObject({ nextSession: z.string().optional(), support: z.string().optional() }).optional(),
});

export const sessionViewShapes = {
  shared: {
    /** Admitted people by participant id. */
    roster: z.record(z.string(), z.strictObject({ name: z.string(), role: z.enum(ROLES), presence: PresenceSchema, notYet: z.literal(true).optional() })),
    /** Roster ids in arrival order. */
    order: z.array(z.string()),
  },
  staff: {
    joinCode: z.string(),
    agreement: z.string(),
    waitingRoom: z.boolean(),
    waiting: z.array(z.strictObject({ id: z.string(), name: z.string(), since: z.number() })),
    plannedEndAt: z.number().optional(),
  },
  me: {
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    admission: AdmissionSchema,
  },
};
