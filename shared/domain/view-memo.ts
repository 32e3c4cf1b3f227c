import type { SessionState } from './state.js';

type PartOf = (state: SessionState) => object | undefined;

interface Remembered {
  /** The state's top-level fields the part read, with the values they had. */
  reads: Map<PropertyKey, unknown>;
  part: object | undefined;
}

/**
 * Remembers each view part (a feature's `shared` or `staff` view) with the
 * slices of the state it read, and hands back the very same object while those
 * slices are unchanged. The reducer replaces a slice only when it changes
 * (touchesMe in server/rooms/fanout.ts relies on the same rule), so "unchanged"
 * is an identity check per slice read.
 *
 * What a part reads is recorded, not declared: the part is computed on a proxy
 * of the state that notes every top-level field it touches, so a view that
 * starts reading another slice cannot be served stale. A part that lists the
 * state's keys (or asks `in`) is never reused.
 *
 * Why: a command changes one or two slices, but every channel's view used to be
 * rebuilt whole and diffed to the leaves (the staff talk view grows with the
 * session). With the parts kept, the diff stops at the first identical object.
 */
export class ViewMemo {
  private readonly remembered = new Map<PartOf, Remembered>();

  part(of: PartOf, state: SessionState): object | undefined {
    const last = this.remembered.get(of);
    if (last && unchanged(last.reads, state)) return last.part;
    const reads = new Map<PropertyKey, unknown>();
    let readsAll = false;
    const watched = new Proxy(state, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        reads.set(key, value);
        return value;
      },
      has(target, key) {
        readsAll = true;
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        readsAll = true;
        return Reflect.ownKeys(target);
      },
    });
    const part = of(watched);
    if (readsAll) this.remembered.delete(of);
    else this.remembered.set(of, { reads, part });
    return part;
  }
}

function unchanged(reads: Map<PropertyKey, unknown>, state: SessionState): boolean {
  const fields = state as unknown as Record<PropertyKey, unknown>;
  // Keys, then a lookup: iterating entries would allocate a pair per slice read, per part, per command.
  for (const key of reads.keys()) if (fields[key] !== reads.get(key)) return false;
  return true;
}
