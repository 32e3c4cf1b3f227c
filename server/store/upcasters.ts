/**
 * Stored events are never rewritten. When an event's shape changes, raise
 * EVENT_FORMAT in codec.ts and add one small upcaster here, under the format it
 * upgrades from and the event type it changes: it turns the old body into the
 * next format's. Events of types that did not change pass through untouched.
 *
 * Example (not a real change): had format 2 renamed `break:started`'s `endsAt`
 * to `until`, the entry would be
 *   1: { 'break:started': (e) => { const { endsAt, ...rest } = e; return { ...rest, until: endsAt }; } },
 */
export type StoredEventBody = Record<string, unknown>;
export type Upcaster = (event: StoredEventBody) => StoredEventBody;
/** UPCASTERS[n][type]: format n → n + 1 for events of that type. */
export type UpcasterRegistry = Readonly<Record<number, Readonly<Record<string, Upcaster>>>>;

/** Format 1 is the first versioned format: nothing to upcast yet. */
export const UPCASTERS: UpcasterRegistry = {};

/** Brings an event stored at format `from` up to format `to`, one step at a time. */
export function upcast(event: StoredEventBody, from: number, to: number, registry: UpcasterRegistry = UPCASTERS): StoredEventBody {
  let body = event;
  for (let format = from; format < to; format++) {
    const step = registry[format]?.[String(body.type)];
    if (step) body = step(body);
  }
  return body;
}
