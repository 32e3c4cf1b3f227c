import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { OwnerTagger } from '../../shared/domain/actor.js';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/ids.js';

/** 256 random bits, url-safe. Capability tokens and invites. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Ids are not secrets, but unguessable ids cost nothing: 96 random bits. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** Tokens are stored only as this hash: a copy of the database grants nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A per-person secret the server derives from the token on connect and keeps
 * only in memory. Unlike hashToken's output it is never stored, so the
 * database cannot recompute it (docs/feedback-privacy.md).
 */
export function ownerKeyFor(token: string): string {
  return createHash('sha256').update(`attune:owner-key:${token}`).digest('hex');
}

/** Tags for anonymous contributions: label → 128-bit hex, memoised per connection. */
export function ownerTagger(ownerKey: string): OwnerTagger {
  const memo = new Map<string, string>();
  return (label) => {
    let tag = memo.get(label);
    if (tag === undefined) {
      tag = createHash('sha256').update(`${ownerKey}:${label}`).digest('hex').slice(0, 32);
      if (memo.size > 500) memo.clear();
      memo.set(label, tag);
    }
    return tag;
  };
}

export function tokenMatchesHash(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
