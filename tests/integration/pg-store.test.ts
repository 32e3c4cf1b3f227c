import { afterEach, describe, expect, it } from 'vitest';
import { creationEvents } from '../../shared/domain/reducer.js';
import { StoreUnavailable } from '../../server/store/faults.js';
import { PgStore } from '../../server/store/pg-store.js';
import { PG_MIGRATIONS } from '../../server/store/pg-schema.js';
import { createTestDatabase } from '../support/pg.js';
import type { TestDatabase } from '../support/pg.js';

/** What only the PostgreSQL store has: migrations shared by nodes starting together, and a clear error when the server is away. */
const dbs: TestDatabase[] = [];
const stores: PgStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => {});
  for (const d of dbs.splice(0)) await d.drop();
});

describe('PostgreSQL store', () => {
  it('migrates once when several nodes start together (advisory lock), and again finds nothing to do', async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    const opened = await Promise.all([1, 2, 3].map(() => PgStore.open({ url: db.url, poolSize: 2 })));
    stores.push(...opened);
    expect(await opened[0]!.sql('SELECT version FROM schema_version')).toEqual([{ version: PG_MIGRATIONS.length }]);
    const again = await PgStore.open({ url: db.url, poolSize: 1 });
    stores.push(again);
    expect(await again.sql('SELECT COUNT(*)::int AS n FROM schema_version')).toEqual([{ n: 1 }]);
  });

  it('reconnects by itself after its connections are cut (a server restart); a server it cannot reach fails to open', async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    const store = await PgStore.open({ url: db.url, poolSize: 2 });
    stores.push(store);
    const events = creationEvents({ sessionId: 's1', groupId: 'g1', groupName: 'G', joinCode: 'ABCDEF', agreement: 'A', waitingRoom: false, facilitatorId: 'f', facilitatorName: 'D', now: 1 });
    await store.createSession({ sessionId: 's1', groupId: 'g1', groupName: 'G', agreement: 'A', joinCode: 'ABCDEF', coFacilitatorInviteHash: 'x', createdAt: 1, facilitator: { participantId: 'f', name: 'D', tokenHash: 'h' }, events });
    // Cut every connection of this database, as a server restart would.
    await store.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    const unreachable = await PgStore.open({ url: db.url.replace(/:\d+\//, ':1/'), poolSize: 1 }).catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(Error);
    // The pool reconnects by itself: the next commit goes in.
    await expect(store.commit({ sessionId: 's1', fromV: events.length, events: [{ type: 'break:ended', at: 2 }], sealed: [] })).resolves.toBeUndefined();
    expect(await store.countEvents('s1')).toBe(events.length + 1);
  });

  it('maps a lost connection to StoreUnavailable', async () => {
    const { asStoreError } = await import('../../server/store/pg-pool.js');
    expect(asStoreError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBeInstanceOf(StoreUnavailable);
    expect(asStoreError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBeInstanceOf(StoreUnavailable);
    expect(asStoreError(new Error('Connection terminated unexpectedly'))).toBeInstanceOf(StoreUnavailable);
    const clash = new Error('version clash');
    expect(asStoreError(clash)).toBe(clash);
  });
});
