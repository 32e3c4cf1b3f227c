import Database from 'better-sqlite3';

/**
 * A second reader of the server's SQLite file (as an online backup would be):
 * opens it, holds a read transaction for `ms`, then lets go. Run as its own
 * process by the bench (`tsx bench/lib/reader.ts <file> <ms>`), so it holds the
 * file exactly as another program would.
 */
const [file, ms] = process.argv.slice(2);
const db = new Database(file!, { readonly: true });
db.exec('BEGIN');
const events = db.prepare('SELECT COUNT(*) FROM events').pluck().get();
setTimeout(() => {
  db.exec('COMMIT');
  db.close();
  console.log(JSON.stringify({ heldMs: Number(ms), eventsSeen: events }));
}, Number(ms));
