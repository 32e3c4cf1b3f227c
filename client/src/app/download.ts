import type { ApiError } from '../../../shared/protocol';
import type { ApiResult } from './api';

/** Saves a file the browser received with the bearer header (a plain link could not carry it). */
export async function downloadWithToken(path: string, token: string, filename: string): Promise<ApiResult<null>> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, code: 'network', message: 'Could not reach Attune. Please check your connection and try again.' };
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiError | null;
    return { ok: false, code: body?.error.code ?? String(res.status), message: body?.error.message ?? 'That file could not be made. Please try again.' };
  }
  // The server may name the file (e.g. with the group's name); otherwise ours.
  const named = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  saveBlob(await res.blob(), named ?? filename);
  return { ok: true, data: null };
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
