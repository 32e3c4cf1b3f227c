import WebSocket from 'ws';
import * as Y from 'yjs';
import { NotesConnection } from '../../client/src/features/notes/notes-connection.js';
import type { NotesStatus } from '../../client/src/features/notes/notes-connection.js';
import { NOTES_TEXT } from '../../shared/notes/notes.js';
import type { NotesTicketAck } from '../../shared/protocol.js';
import type { TestClient } from './harness.js';

export function requestTicket(client: TestClient): Promise<NotesTicketAck> {
  return client.sendRaw('notes:ticket') as unknown as Promise<NotesTicketAck>;
}

/** A real y-websocket client in Node (ws polyfill), getting its tickets through a person's Socket.IO connection. */
export class NotesClient {
  readonly doc = new Y.Doc();
  readonly conn: NotesConnection;
  statuses: NotesStatus[] = [];

  constructor(baseUrl: string, sessionId: string, staff: TestClient) {
    this.conn = new NotesConnection({
      origin: baseUrl.replace(/^http/, 'ws'),
      sessionId,
      doc: this.doc,
      getTicket: () => requestTicket(staff),
      WebSocketPolyfill: WebSocket,
      onStatus: (s) => this.statuses.push(s),
      maxBackoffMs: 300,
    });
  }

  get text(): Y.Text {
    return this.doc.getText(NOTES_TEXT);
  }

  synced(ms = 5000): Promise<void> {
    return until(() => this.conn.provider.synced, ms, 'notes client did not sync');
  }

  close(): void {
    this.conn.destroy();
    this.doc.destroy();
  }
}

/** Polls `predicate` (which may ask the server or the store) until it holds; fails after `ms`. */
export async function until(predicate: () => boolean | Promise<boolean>, ms = 5000, what = 'condition not met'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`${what} in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens a raw WebSocket and reports how the server answered: the HTTP status of a refusal, or 'open' plus any bytes. */
export function rawUpgrade(url: string, headers: Record<string, string> = {}): Promise<{ status: number | 'open'; messages: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    let messages = 0;
    ws.on('message', () => messages++);
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, messages });
      ws.terminate();
    });
    ws.on('open', () => {
      // Give the server a moment to send what it would send (sync step 1) before we report.
      setTimeout(() => {
        resolve({ status: 'open', messages });
        ws.close();
      }, 150);
    });
    ws.on('error', () => {});
  });
}
