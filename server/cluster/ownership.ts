/**
 * Which node runs a session, when several share one database (docs/scaling.md).
 * A room is taken before it is loaded (or right after its session is created);
 * a room whose commit is refused because another node has taken the session
 * reports it lost, and the registry gives it up. The embedded default (one
 * process, SQLite) has no Ownership at all.
 */
export interface Ownership {
  readonly nodeId: string;
  /** Becomes the session's owner now (raising the lease's epoch), so the previous owner's commits are refused from here on. */
  take(sessionId: string): Promise<void>;
  /**
   * A commit made under the lease's `fencedEpoch` was refused because another node holds it now:
   * forget the lease and tell the listeners, so the room that made it is given up. Ignored when this
   * node has taken the session again since (a newer epoch): the room that made it is gone already.
   */
  lost(sessionId: string, fencedEpoch?: number): void;
  onLost(listener: (sessionId: string) => void): void;
}

/** A commit refused because another node has taken the session (leases.ts): this node must give it up. */
export class OwnershipLost extends Error {
  constructor(
    readonly sessionId: string,
    /** The epoch the refused commit was made under (0: this node held no lease for it then). */
    readonly fencedEpoch: number,
  ) {
    super(`session ${sessionId} is owned by another node now`);
    this.name = 'OwnershipLost';
  }
}
