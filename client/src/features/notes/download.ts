import { downloadWithToken } from '../../app/download';

/**
 * Downloads a session's notes as plain text. The token goes in the
 * Authorization header, never in the URL. Returns the error (its code is
 * worded by the client's catalog), or null.
 */
export async function downloadNotes(sessionId: string, token: string): Promise<{ code: string } | null> {
  const res = await downloadWithToken(`/api/sessions/${encodeURIComponent(sessionId)}/notes.txt`, token, 'attune-notes.txt');
  return res.ok ? null : res;
}
