import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/harness.js';
import { api, connectClient, createSession, roomWith, startServer } from '../support/harness.js';
import { call } from './summary-support.js';

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

  it("what the server writes for people follows it: the summary's timeline, CSV column names and words, the notes heading; the next session keeps it", async () => {
    const room = await roomWith(server, ['Ana'], { language: 'es' });
    const { created } = room;
    const token = created.facilitatorToken;
    const notes = await call(server, 'GET', `/api/sessions/${created.sessionId}/notes.txt`, token);
    expect(notes.text.split('\n').slice(0, 3)).toEqual([
      'Tuesday group: notas compartidas',
      expect.stringMatching(/^Sesión del .+\. Escritas por el equipo de facilitación; guárdalas con el mismo cuidado que tus notas clínicas\.$/),
      '',
    ]);
    expect(await room.facilitator.send('session:end', {})).toMatchObject({ ok: true });
    for (const c of [room.facilitator, ...Object.values(room.members)]) c.close();

    const summary = await call(server, 'GET', `/api/sessions/${created.sessionId}/summary`, token);
    expect(summary.json.session.language).toBe('es');
    expect(summary.json.timeline.map((t: { text: string }) => t.text)).toEqual(['Empezó la sesión', 'Terminó la sesión']);
    const csv = await call(server, 'GET', `/api/sessions/${created.sessionId}/export/attendance.csv`, token);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('nombre,rol,entrada,salida,minutos,quitado/a');
    expect(csv.text).toContain('Ana,participante,');

    const next = await call(server, 'POST', `/api/groups/${created.groupId}/sessions`, token, {});
    expect(next.status).toBe(201);
    const preview = await api<{ language: string; agreement: string }>(server.url, 'GET', `/api/join/${next.json.joinCode}`);
    expect(preview.body).toMatchObject({ language: 'es', agreement: agreementIn('es') });
  });
});
