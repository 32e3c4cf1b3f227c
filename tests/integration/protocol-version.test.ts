import { afterEach, describe, expect, it } from 'vitest';
import { RoomStore } from '../../client/src/room/room-store.js';
import { reloadForNewVersion } from '../../client/src/room/upgrade.js';
import { PROTOCOL_VERSION, protocolCompatible } from '../../shared/protocol-version.js';
import type { TestServer } from '../support/harness.js';
import { connectClient, connectError, createSession, startServer } from '../support/harness.js';

// The handshake's protocol version: another major is refused with upgrade_required
// (the browser reloads itself), an older or newer minor of the same major and a
// missing version keep working.

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('protocol version rules', () => {
  it('accepts the same major at any minor and a missing version; refuses other majors and garbage', () => {
    expect(protocolCompatible(undefined, '1.3')).toBe(true);
    expect(protocolCompatible('1.0', '1.3')).toBe(true);
    expect(protocolCompatible('1.7', '1.3')).toBe(true);
    expect(protocolCompatible('0.9', '1.3')).toBe(false);
    expect(protocolCompatible('2.0', '1.3')).toBe(false);
    expect(protocolCompatible('1', '1.3')).toBe(false);
    expect(protocolCompatible('01.0', '1.3')).toBe(false);
  });

  it('reloads for a new version at most once a minute', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    let reloads = 0;
    expect(reloadForNewVersion(storage, () => reloads++, 1_000_000)).toBe(true);
    expect(reloadForNewVersion(storage, () => reloads++, 1_030_000)).toBe(false);
    expect(reloadForNewVersion(storage, () => reloads++, 1_061_000)).toBe(true);
    expect(reloads).toBe(2);
  });
});

describe('protocol version in the handshake', () => {
  it('refuses an older major with upgrade_required and keeps older minors and version-less clients working', async () => {
    server = await startServer({ protocolVersion: '2.3' });
    const created = await createSession(server.url);
    const auth = { sessionId: created.sessionId, token: created.facilitatorToken };
    expect(await connectError(server.url, { ...auth, protocol: '1.9' })).toBe('upgrade_required');
    expect(await connectError(server.url, { ...auth, protocol: 'two' })).toBe('unauthorized');
    expect(await connectError(server.url, { ...auth, protocol: '2.0' })).toBe('connected');
    expect(await connectError(server.url, { ...auth, protocol: '2.9' })).toBe('connected');
    const versionless = await connectClient(server.url, auth);
    expect(versionless.view?.me.role).toBe('facilitator');
    versionless.close();
  });

  it('the browser store sends its version and reloads when the server needs a newer one', async () => {
    const next = `${Number(PROTOCOL_VERSION.split('.')[0]) + 1}.0`;
    server = await startServer({ protocolVersion: next });
    const created = await createSession(server.url);
    let reloaded = 0;
    const store = new RoomStore(created.sessionId, created.facilitatorToken, server.url, () => reloaded++);
    store.start();
    await expect.poll(() => reloaded, { timeout: 3000 }).toBe(1);
    // It stops trying: a refused client does not hammer the server.
    await new Promise((r) => setTimeout(r, 300));
    expect(reloaded).toBe(1);
    store.stop();
  });
});
