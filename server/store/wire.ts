import { StoredDataError } from './codec.js';
import type { Op, OpResult } from './engine.js';
import { BatchFailed } from './engine.js';
import { StoreUnavailable } from './faults.js';

/**
 * The messages between the worker store (main thread) and the store worker.
 * Requests go in arrays (while the worker is busy, everything asked in one turn of the event loop, one message); answers
 * come back the same way, in the order the work was done.
 */
export interface Request {
  id: number;
  op: Op;
}

export interface Answer {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: WireError;
}

/** An error as it crosses the thread: what callers look at (its class, message, SQLite or fs code, the unreadable row). */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  sessionId?: string;
  seq?: number | null;
  format?: number | null;
}

export function toWire(err: unknown): WireError {
  const e = err as Partial<WireError> & { name?: string };
  const name = err instanceof StoredDataError ? 'StoredDataError' : err instanceof BatchFailed ? 'BatchFailed' : (e?.name ?? 'Error');
  const out: WireError = { name, message: String(e?.message ?? err) };
  if (typeof e?.code === 'string') out.code = e.code;
  if (err instanceof StoredDataError) Object.assign(out, { sessionId: err.sessionId, seq: err.seq, format: err.format });
  return out;
}

export function fromWire(w: WireError): Error {
  if (w.name === 'StoredDataError') {
    const e = new StoredDataError(w.sessionId ?? '', w.seq ?? null, w.format ?? null, '');
    e.message = w.message;
    return e;
  }
  if (w.name === 'StoreUnavailable') return new StoreUnavailable(w.message);
  const e = w.name === 'BatchFailed' ? new BatchFailed(w.message) : new Error(w.message);
  if (w.name !== 'BatchFailed') e.name = w.name;
  if (w.code !== undefined) Object.assign(e, { code: w.code });
  return e;
}

export function answerOf(id: number, r: OpResult): Answer {
  return r.ok ? { id, ok: true, value: r.value } : { id, ok: false, error: toWire(r.error) };
}
