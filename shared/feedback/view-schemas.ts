import { z } from 'zod';
import { FEEDBACK_MODES } from './state.js';

/** zod twins of views.ts, for the published JSON Schema. */
const Status = z.enum(['pending', 'approved', 'heldBack']);
const FocusAnswer = z.enum(['asked', 'open', 'notNow']);
/** A member id, or "group". */
const Recipient = z.string();

const RevealedItemSchema = z.strictObject({
  recipient: Recipient,
  giverName: z.string().nullable(),
  parts: z.array(z.string()),
  resonates: z.array(z.string()),
});

export const FeedbackSharedViewSchema = z.strictObject({
  round: z
    .strictObject({
      id: z.string(),
      mode: z.enum(FEEDBACK_MODES),
      focusId: z.string().nullable(),
      labels: z.array(z.string()),
      attribution: z.enum(['named', 'anonymous']),
      startedAt: z.number(),
      writeUntil: z.number().nullable(),
      phase: z.enum(['consent', 'writing', 'revealed']),
      submitted: z.number().int(),
      revealed: z.record(z.string(), RevealedItemSchema).nullable(),
    })
    .nullable(),
});

export const FeedbackStaffViewSchema = z.strictObject({
  focusId: z.string().nullable(),
  focusAnswer: FocusAnswer.nullable(),
  items: z.record(
    z.string(),
    z.strictObject({
      recipient: Recipient,
      giverId: z.string().nullable(),
      giverName: z.string().nullable(),
      parts: z.array(z.string()),
      status: Status,
      note: z.string().nullable(),
    }),
  ),
  grid: z.strictObject({
    named: z.record(z.string(), z.record(z.string(), z.number().int())),
    anonymous: z.record(z.string(), z.number().int()),
  }),
  roundsHeld: z.number().int(),
  progress: z
    .strictObject({ of: z.number().int(), sent: z.number().int().nullable(), stillWriting: z.array(z.string()).nullable() })
    .optional(),
});

export const FeedbackMeViewSchema = z.strictObject({
  draft: z.strictObject({ recipient: Recipient.nullable(), parts: z.array(z.string()) }).nullable(),
  mine: z.record(
    z.string(),
    z.strictObject({ recipient: Recipient, parts: z.array(z.string()), status: Status, note: z.string().nullable(), anonymous: z.boolean() }),
  ),
  focusAnswer: FocusAnswer.nullable(),
  marked: z.array(z.string()).optional(),
  marksShared: z.boolean().optional(),
});

export const feedbackViewShapes = {
  shared: { feedback: FeedbackSharedViewSchema },
  staff: { feedback: FeedbackStaffViewSchema },
  memberMe: { feedback: FeedbackMeViewSchema },
  /** Only admitted members have feedback: people outside the room never get it. */
  insideOnly: ['feedback'],
};
