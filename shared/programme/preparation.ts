import { z } from 'zod';

/**
 * Pre-group preparation of one member, for staff only: met individually, goals
 * written, group agreement read. Kept at group level by the member's
 * participant id, so it follows them from session to session.
 */
export const PreparationSchema = z.strictObject({ met: z.boolean(), goals: z.boolean(), agreement: z.boolean() });
export type Preparation = z.infer<typeof PreparationSchema>;

export const PREPARATION_STEPS = ['met', 'goals', 'agreement'] as const satisfies ReadonlyArray<keyof Preparation>;

export const NO_PREPARATION: Preparation = { met: false, goals: false, agreement: false };
