import type { ApiError } from '../../../shared/protocol';

/** A REST answer: the body, or the server's error (code and a message meant for people). */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

export async function callApi<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, bearer?: string): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        // Credentials go in a header, never in the URL (URLs end up in logs).
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, code: 'network', message: 'Could not reach Attune. Please check your connection and try again.' };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    /* not JSON */
  }
  if (res.ok) return { ok: true, data: json as T };
  const err = (json as ApiError | null)?.error;
  return {
    ok: false,
    code: err?.code ?? 'internal',
    message: err?.message ?? 'Something went wrong on our side. Please try again.',
  };
}
