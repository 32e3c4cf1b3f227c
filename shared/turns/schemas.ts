import { z } from 'zod';
import { IdSchema } from '../session/schemas.js';
import { TURN_SECONDS_MAX, TURN_SECONDS_MIN } from './limits.js';


const TurnSeconds = z
  .number()
  .int('Turn length is a whole number of seconds.')
  .min(TURN_SECONDS_MIN, `A turn is at least ${TURN_SECONDS_MIN} seconds.`)
  .max(TURN_SECONDS_MAX, 'A turn is at most an hour.')
  .nullable();

/**
 * The floor count (`shared.turns.turn`) the sender saw. Commands that move the
 * floor carry it: if the floor moved since, the command is refused with
 * `conflict`, so two people pressing "next" at once give exactly one change.
 */
const ExpectedTurn = z.number().int().min(0);

export const turnsCommandSchemas = {
  /** A member raises their own hand. */
  'turns:raiseHand': z.strictObject({}),
  /** A member lowers their own hand; facilitators may lower anyone's. */
  'turns:lowerHand': z.strictObject({ participantId: IdSchema }),
  'turns:lowerAll': z.strictObject({}),
  'turns:move': z.strictObject({ participantId: IdSchema, direction: z.enum(['up', 'down']) }),
  /** Give the floor to the first raised hand. */
  'turns:next': z.strictObject({ expectedTurn: ExpectedTurn }),
  /** Give the floor to anyone in the room. */
  'turns:give': z.strictObject({ participantId: IdSchema, expectedTurn: ExpectedTurn }),
  /** The speaker's "I'm done", or a facilitator taking the floor back; in a go-around, moves to the next person. */
  'turns:endTurn': z.strictObject({ expectedTurn: ExpectedTurn }),
  /** Pass one's go-around turn (a facilitator may pass for the person up). */
  'turns:pass': z.strictObject({ expectedTurn: ExpectedTurn }),
  'turns:setTurnLength': z.strictObject({ seconds: TurnSeconds }),
  'turns:setBalanced': z.strictObject({ enabled: z.boolean() }),
  'turns:startGoAround': z.strictObject({
    order: z.enum(['roster', 'shuffled']),
    seconds: TurnSeconds,
    includeLateJoiners: z.boolean(),
  }),
  /** After a break paused the round: the person who was up gets the floor again. */
  'turns:resumeGoAround': z.strictObject({ expectedTurn: ExpectedTurn }),
  'turns:endGoAround': z.strictObject({}),
} as const;

export type TurnsCommandName = keyof typeof turnsCommandSchemas;
