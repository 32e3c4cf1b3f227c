import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../server/store/schema.js';
import { openDatabase } from '../../server/store/sqlite-store.js';
import { tempDir } from '../support/harness.js';

/**
 * Versions before issue 12 wrote a check-in's tally on every answer. A data
 * directory they left must not keep the tallies of check-ins never revealed
 * (beside the log's "who answered" they link answers to people): the migration
 * deletes them, keeps revealed ones, and leaves none of the old bytes behind.
 */
describe('migrating a data directory from before answers stayed in memory', () => {
  it('deletes the tallies of check-ins never revealed and keeps revealed ones', () => {
    const file = path.join(tempDir('attune-migrate-'), 'attune.sqlite');
    // The schema as those versions left it: the first three migrations only.
    let db = new Database(file);
    db.pragma('journal_mode = WAL');
    for (const sql of MIGRATIONS.slice(0, 3)) db.exec(sql);
    db.exec(`
      INSERT INTO groups (id, name, agreement, created_at) VALUES ('g', 'G', 'A', 1);
      INSERT INTO sessions (id, group_id, join_code, cofac_invite_hash, created_at) VALUES ('s', 'g', 'ABCDEF', 'h', 1);
    `);
    const event = db.prepare('INSERT INTO events (session_id, seq, body) VALUES (?, ?, ?)');
    const sealed = db.prepare('INSERT INTO sealed (session_id, key, value) VALUES (?, ?, ?)');
    const events = [
      { type: 'checkin:started', at: 2, checkinId: 'open1' },
      { type: 'checkin:answered', at: 3, checkinId: 'open1', participantId: 'm1' },
      { type: 'checkin:started', at: 4, checkinId: 'shown1' },
      { type: 'checkin:revealed', at: 5, checkinId: 'shown1' },
    ];
    events.forEach((e, i) => event.run('s', i + 1, JSON.stringify(e)));
    sealed.run('s', 'checkin:open1', JSON.stringify({ kind: 'word', words: [['periwinkle', 1]] }));
    sealed.run('s', 'checkin:shown1', JSON.stringify({ kind: 'word', words: [['calm', 3]] }));
    db.pragma('user_version = 3');
    db.close();

    db = openDatabase({ file });
    expect(db.prepare('SELECT key FROM sealed ORDER BY key').pluck().all()).toEqual(['checkin:shown1']);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    db.close();
    for (const f of fs.readdirSync(path.dirname(file))) {
      expect(fs.readFileSync(path.join(path.dirname(file), f)).toString('latin1'), f).not.toContain('periwinkle');
    }
  });
});
