import { z } from 'zod';
import { CheckinMeViewSchema, CheckinStaffViewSchema, CheckinViewSchema } from '../checkins/view-schemas.js';
import { FeedbackMeViewSchema, FeedbackSharedViewSchema, FeedbackStaffViewSchema } from '../feedback/feedback-view-schemas.js';
import { MySignalSchema, StaffSignalSchema } from '../signals/signal-view-schemas.js';
import { TalkGroupViewSchema, TalkStaffViewSchema } from '../talktime/talk-view-schemas.js';
import { TurnsViewSchema } from '../turns/view-schemas.js';
import { ROLES } from './state.js';

/**
 * zod twins of views.ts: the client view as JSON Schema publishes it (docs/asyncapi.json).
 * The server never parses its own views with these; tests check that real views of
 * every role parse, and that the inferred types equal the view types.
 * All times are Unix milliseconds.
 */
export const AdmissionSchema = z.enum(['waiting', 'admitted', 'declined', 'removed']);
export const PresenceSchema = z.enum(['online', 'reconnecting', 'left']);
const StaffRole = z.enum(['facilitator', 'cofacilitator']);

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

export const StaffViewSchema = z.strictObject({
  joinCode: z.string(),
  agreement: z.string(),
  waitingRoom: z.boolean(),
  waiting: z.array(z.strictObject({ id: z.string(), name: z.string(), since: z.number() })),
  plannedEndAt: z.number().optional(),
  checkin: CheckinStaffViewSchema.optional(),
  signals: z.record(z.string(), StaffSignalSchema),
  feedback: FeedbackStaffViewSchema,
  talk: TalkStaffViewSchema,
});

export const SharedViewSchema = z.strictObject({
  /** Admitted people by participant id. */
  roster: z.record(z.string(), z.strictObject({ name: z.string(), role: z.enum(ROLES), presence: PresenceSchema })),
  /** Roster ids in arrival order. */
  order: z.array(z.string()),
  turns: TurnsViewSchema,
  checkin: CheckinViewSchema.optional(),
  feedback: FeedbackSharedViewSchema,
  talk: TalkGroupViewSchema.optional(),
  staff: StaffViewSchema.optional(),
});

export const MeViewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  admission: AdmissionSchema,
  checkin: CheckinMeViewSchema.optional(),
  signal: MySignalSchema.nullable().optional(),
  feedback: FeedbackMeViewSchema.optional(),
});

/** Any viewer's view. */
export const ClientViewSchema = z.strictObject({ session: SessionInfoSchema, shared: SharedViewSchema.nullable(), me: MeViewSchema });

/** A facilitator's or co-facilitator's view: `shared.staff` always, no member parts in `me`. */
export const StaffClientViewSchema = z.strictObject({
  session: SessionInfoSchema,
  shared: SharedViewSchema.extend({ staff: StaffViewSchema }),
  me: MeViewSchema.omit({ checkin: true, signal: true, feedback: true }).extend({ role: StaffRole, admission: z.literal('admitted') }),
});

/** An admitted member's view: never `shared.staff`; `me.signal` and `me.feedback` always. */
export const MemberClientViewSchema = z.strictObject({
  session: SessionInfoSchema,
  shared: SharedViewSchema.omit({ staff: true }),
  me: MeViewSchema.extend({
    role: z.literal('member'),
    admission: z.literal('admitted'),
    signal: MySignalSchema.nullable(),
    feedback: FeedbackMeViewSchema,
  }),
});

/** Someone outside the room (waiting, turned away, removed): nothing of the room. */
export const OutsideClientViewSchema = z.strictObject({
  session: SessionInfoSchema,
  shared: z.null(),
  me: MeViewSchema.omit({ feedback: true }).extend({ admission: z.enum(['waiting', 'declined', 'removed']) }),
});
