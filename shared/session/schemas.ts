import { z } from 'zod';
import { PROTOCOL_VERSION_PATTERN } from '../protocol-version.js';
import { AGREEMENT_MAX, GROUP_NAME_MAX, NAME_MAX, cleanName } from '../text.js';
import { LOCALE_PATTERN } from '../i18n/locale.js';

/** Participant and item ids are server-made, url-safe strings. */
export const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not an id');

// Every limit is checked on the raw text too, before whitespace is collapsed.
export const DisplayNameSchema = z
  .string()
  .max(NAME_MAX, `Names are at most ${NAME_MAX} characters.`)
  .transform(cleanName)
  .pipe(z.string().min(1, 'Please enter a name.').max(NAME_MAX, `Names are at most ${NAME_MAX} characters.`));

export const sessionCommandSchemas = {
  'session:admit': z.strictObject({ participantId: IdSchema }),
  'session:decline': z.strictObject({ participantId: IdSchema }),
  'session:remove': z.strictObject({ participantId: IdSchema }),
  'session:setWaitingRoom': z.strictObject({ enabled: z.boolean() }),
  'session:end': z.strictObject({}),
  'session:leave': z.strictObject({}),
} as const;

/** REST bodies (the set-up flow runs over HTTP, the live room over Socket.IO). */
export const CreateSessionBody = z.strictObject({
  groupName: z
    .string()
    .max(GROUP_NAME_MAX)
    .transform(cleanName)
    .pipe(z.string().min(1, 'Please name the group.').max(GROUP_NAME_MAX)),
  facilitatorName: DisplayNameSchema,
  agreement: z.string().max(AGREEMENT_MAX).trim().min(1).optional(),
  /** The group's language, a catalog code such as `es`; English when absent or unknown. */
  language: z.string().regex(LOCALE_PATTERN, 'A language is a code such as en, es or ar.').max(20).optional(),
  waitingRoom: z.boolean().optional(),
});
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

export const JoinBody = z.strictObject({
  code: z.string().min(1).max(20),
  name: DisplayNameSchema,
  acceptAgreement: z.literal(true, 'Please read and accept the group agreement.'),
});
export type JoinBody = z.infer<typeof JoinBody>;

export const CoFacilitatorJoinBody = z.strictObject({
  invite: z.string().min(16).max(128),
  name: DisplayNameSchema,
});
export type CoFacilitatorJoinBody = z.infer<typeof CoFacilitatorJoinBody>;

/** Socket.IO handshake `auth`: credentials never travel in a URL. */
export const HandshakeAuth = z.strictObject({
  sessionId: IdSchema,
  token: z.string().min(16).max(128),
  /** "MAJOR.MINOR" (shared/protocol-version.ts); absent = today's major, first minor. */
  protocol: z.string().regex(PROTOCOL_VERSION_PATTERN, 'protocol must be "MAJOR.MINOR"').optional(),
});
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;
