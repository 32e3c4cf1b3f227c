import type { GroupPage, NextSession, RetentionSettings } from '../../../../shared/summary/api';
import type { SessionSummary } from '../../../../shared/summary/summary';
import { callApi } from '../../app/api';
import { loadCredential } from '../../app/credentials';

/**
 * The history routes, with the staff token in the Authorization header. The group
 * page uses the token of the last session of that group this browser opened as staff.
 */
const groupKey = (groupId: string) => `attune:group:${groupId}`;

export function rememberGroupToken(groupId: string, token: string): void {
  try {
    localStorage.setItem(groupKey(groupId), JSON.stringify({ token }));
  } catch {
    /* private mode: the group page asks for the link again */
  }
}

export function groupToken(groupId: string): string | null {
  try {
    const raw = localStorage.getItem(groupKey(groupId));
    const parsed = raw ? (JSON.parse(raw) as { token?: unknown }) : null;
    return typeof parsed?.token === 'string' ? parsed.token : null;
  } catch {
    return null;
  }
}

export function forgetGroupToken(groupId: string): void {
  try {
    localStorage.removeItem(groupKey(groupId));
  } catch {
    /* nothing to forget */
  }
}

export const sessionToken = (sessionId: string) => loadCredential(sessionId)?.token ?? null;

const enc = encodeURIComponent;

export const fetchSummary = (sessionId: string, token: string) => callApi<SessionSummary>('GET', `/api/sessions/${enc(sessionId)}/summary`, undefined, token);
export const fetchGroup = (groupId: string, token: string) => callApi<GroupPage>('GET', `/api/groups/${enc(groupId)}`, undefined, token);
export const saveRetention = (groupId: string, token: string, body: RetentionSettings) =>
  callApi<RetentionSettings>('POST', `/api/groups/${enc(groupId)}/retention`, body, token);
export const startNextSession = (groupId: string, token: string) => callApi<NextSession>('POST', `/api/groups/${enc(groupId)}/sessions`, {}, token);
export const deleteSession = (sessionId: string, token: string) => callApi<null>('DELETE', `/api/sessions/${enc(sessionId)}`, undefined, token);
export const deleteGroup = (groupId: string, token: string) => callApi<null>('DELETE', `/api/groups/${enc(groupId)}`, undefined, token);

export { downloadWithToken, saveBlob } from '../../app/download';

export function dayOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
