import { own } from '../own.js';
/**
 * The private "I need a moment" signal: a member quietly tells the facilitators.
 * One signal per member is kept (the latest); it is open until a facilitator
 * acknowledges it. Only staff see open signals; a member sees only their own.
 */

export interface MemberSignal {
  sentAt: number;
  /** The member's optional short words, or null. */
  text: string | null;
  /** Set when a facilitator acknowledged it; null while open. */
  seenAt: number | null;
  /** The staff member who acknowledged it. */
  seenBy: string | null;
}

/** Keyed by member id. */
export type SignalsState = Record<string, MemberSignal>;

export function isOpen(signal: MemberSignal | undefined): signal is MemberSignal {
  return signal !== undefined && signal.seenAt === null;
}

/** Open signals, oldest first: the order staff should attend to them. */
export function openSignalIds(signals: SignalsState): string[] {
  return Object.keys(signals)
    .filter((id) => isOpen(own(signals, id)))
    .sort((a, b) => own(signals, a)!.sentAt - own(signals, b)!.sentAt);
}

declare module '../domain/state.js' {
  interface FeatureSlices {
    /** Private "I need a moment" signals, by member id. */
    signals: SignalsState;
  }
}
