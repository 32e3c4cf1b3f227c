/**
 * Downloads a session's notes as plain text. The token goes in the
 * Authorization header, never in the URL. For any staff screen (the summary links it).
 */
export async function downloadNotes(sessionId: string, token: string): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/notes.txt`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    return 'You seem to be offline. Please try again.';
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    return body?.error?.message ?? 'The notes could not be downloaded.';
  }
  const blob = await res.blob();
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'attune-notes.txt';
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
