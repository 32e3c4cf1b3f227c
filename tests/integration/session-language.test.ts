import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { api, connectClient, createSession, startServer } from '../support/harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

const agreementIn = (code: string) => (JSON.parse(fs.readFileSync(`shared/i18n/catalogs/${code}.json`, 'utf8')) as Record<string, string>)['server.defaultAgreement'];

describe("the group's language", () => {
  it('the facilitator sets it; the default agreement and the join preview follow it; every view carries it', async () => {
    const created = await createSession(server.url, { language: 'es' });
    const preview = await api<{ agreement: string; language: string }>(server.url, 'GET', `/api/join/${created.joinCode}`);
    expect(preview.body.language).toBe('es');
    expect(preview.body.agreement).toBe(agreementIn('es'));
    const fac = await connectClient(server.url, { sessionId: created.sessionId, token: created.facilitatorToken });
    expect(fac.view?.session.language).toBe('es');
    fac.close();
  });

  it('is English when absent, and a regional tag falls back to its language (ar-EG → ar)', async () => {
    const plain = await createSession(server.url);
    const p1 = await api<{ agreement: string; language: string }>(server.url, 'GET', `/api/join/${plain.joinCode}`);
    expect(p1.body).toMatchObject({ language: 'en', agreement: agreementIn('en') });
    const regional = await createSession(server.url, { language: 'ar-EG' });
    const p2 = await api<{ agreement: string; language: string }>(server.url, 'GET', `/api/join/${regional.joinCode}`);
    expect(p2.body).toMatchObject({ language: 'ar', agreement: agreementIn('ar') });
  });

  it("a facilitator's own agreement is kept as written, whatever the language", async () => {
    const created = await createSession(server.url, { language: 'ar', agreement: 'We keep it here.' });
    const preview = await api<{ agreement: string }>(server.url, 'GET', `/api/join/${created.joinCode}`);
    expect(preview.body.agreement).toBe('We keep it here.');
  });

  it('a malformed language is refused with invalid_payload and creates nothing', async () => {
    const r = await api<{ error: { code: string } }>(server.url, 'POST', '/api/sessions', { groupName: 'G', facilitatorName: 'F', language: '../../etc' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_payload');
  });
});
