import type { CreatedSession } from '../../../shared/protocol';

/**
 * What lets this browser come back as the same person: the token per session,
 * kept in localStorage so a reload or a closed lid needs no new join. Secrets
 * never stay in the address bar (see router.takeFragmentParam).
 */
export interface Credential {
  token: string;
}

/** Links only the creator receives (the server returns them once, at creation). */
export type StoredLinks = Pick<CreatedSession, 'joinCode' | 'memberLink' | 'coFacilitatorLink'>;

const credKey = (sessionId: string) => `attune:cred:${sessionId}`;
const linksKey = (sessionId: string) => `attune:links:${sessionId}`;
const memberKey = (groupId: string) => `attune:member:${groupId}`;

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or full storage: the person stays in for this page's life.
  }
}

export function loadCredential(sessionId: string): Credential | null {
  const c = read<Credential>(credKey(sessionId));
  return c && typeof c.token === 'string' ? c : null;
}

export function saveCredential(sessionId: string, credential: Credential): void {
  write(credKey(sessionId), credential);
}

export function forgetCredential(sessionId: string): void {
  try {
    localStorage.removeItem(credKey(sessionId));
  } catch {
    /* nothing to forget */
  }
}

/**
 * A member's token, kept per group too: a member is carried into the group's next
 * session under the same id, and this token opens it as them (docs/protocol.md),
 * so opening next week's link on this browser needs no new join.
 */
export function loadMemberToken(groupId: string): string | null {
  const c = read<Credential>(memberKey(groupId));
  return c && typeof c.token === 'string' ? c.token : null;
}

export function saveMemberToken(groupId: string, token: string): void {
  write(memberKey(groupId), { token });
}

export function loadLinks(sessionId: string): StoredLinks | null {
  return read<StoredLinks>(linksKey(sessionId));
}

/** Keeps a co-facilitator link made later (from any device) beside the others. */
export function saveCoFacilitatorLink(sessionId: string, coFacilitatorLink: string): void {
  const links = loadLinks(sessionId);
  write(linksKey(sessionId), { joinCode: links?.joinCode ?? '', memberLink: links?.memberLink ?? '', coFacilitatorLink });
}

export function saveLinks(created: CreatedSession): void {
  const { joinCode, memberLink, coFacilitatorLink } = created;
  write(linksKey(created.sessionId), { joinCode, memberLink, coFacilitatorLink });
}
