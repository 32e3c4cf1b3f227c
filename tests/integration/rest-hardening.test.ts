import { afterEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { TestServer } from '../support/harness.js';
import { createSession, joinAsMember, startServer } from '../support/harness.js';

/** REST at its edges: oversized bodies, the codes the docs promise, per-address limits, caching, Origin. */
let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const post = (route: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('REST', () => {
  it('a body over the limit is 413 payload_too_large', async () => {
    server = await startServer();
    const res = await post('/api/sessions', JSON.stringify({ groupName: 'x'.repeat(40_000), facilitatorName: 'Dana' }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('notes.txt without a token is 403 forbidden, as docs/protocol.md says of every staff route', async () => {
    server = await startServer();
    const created = await createSession(server.url);
    const res = await fetch(`${server.url}/api/sessions/${created.sessionId}/notes.txt`);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('session creation is limited per address; another address is not affected', async () => {
    server = await startServer({ sessionCreations: 5, trustProxy: true });
    const body = JSON.stringify({ groupName: 'G', facilitatorName: 'Dana' });
    const from = (ip: string) => post('/api/sessions', body, { 'x-forwarded-for': ip });
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await from('203.0.113.7')).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const refused = await from('203.0.113.7');
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await from('198.51.100.2')).status).toBe(201);
  });

  it('every answer carrying a credential is Cache-Control: no-store', async () => {
    server = await startServer();
    const created = await post('/api/sessions', JSON.stringify({ groupName: 'G', facilitatorName: 'Dana' }));
    expect(created.headers.get('cache-control')).toBe('no-store');
    const body = (await created.json()) as { joinCode: string; sessionId: string; coFacilitatorLink: string; facilitatorToken: string };
    const joined = await post('/api/join', JSON.stringify({ code: body.joinCode, name: 'Ann', acceptAgreement: true }));
    expect(joined.status).toBe(201);
    expect(joined.headers.get('cache-control')).toBe('no-store');
    const invite = body.coFacilitatorLink.split('#invite=')[1]!;
    const co = await post(`/api/sessions/${body.sessionId}/cofacilitators`, JSON.stringify({ invite, name: 'Chris' }));
    expect(co.headers.get('cache-control')).toBe('no-store');
    const fresh = await post(`/api/sessions/${body.sessionId}/cofacilitator-invite`, '{}', { authorization: `Bearer ${body.facilitatorToken}` });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get('cache-control')).toBe('no-store');
  });

  it('the Origin check compares scheme, host and port', async () => {
    server = await startServer({ allowedOrigins: ['https://attune.example'] });
    const created = await createSession(server.url);
    const joined = await joinAsMember(server.url, created.joinCode, 'Ann');
    const host = `127.0.0.1:${server.port}`;
    const tryOrigin = (origin: string) =>
      new Promise<string>((resolve) => {
        const s = connect(server.url, { auth: { sessionId: created.sessionId, token: joined.token }, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { origin } });
        s.once('connect', () => (s.close(), resolve('connected')));
        s.once('connect_error', () => (s.close(), resolve('refused')));
      });
    expect(await tryOrigin(`http://${host}`)).toBe('connected');
    expect(await tryOrigin(`https://${host}`)).toBe('refused');
    expect(await tryOrigin(`http://127.0.0.1:${server.port + 1}`)).toBe('refused');
    expect(await tryOrigin('https://attune.example')).toBe('connected');
    expect(await tryOrigin('http://attune.example')).toBe('refused');
    expect(await tryOrigin('https://attune.example:8443')).toBe('refused');
  });
});
