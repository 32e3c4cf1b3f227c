/**
 * Reads `record[key]` only when `key` is the record's own property. Ids arrive
 * from clients, and a plain object answers `__proto__`, `constructor` or
 * `toString` from its prototype; every lookup by an id a command carried goes
 * through here, so such a name is simply "not there".
 */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
