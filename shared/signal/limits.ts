/** The words a member may add to a signal, in characters. Free of zod, so the client can import it. */
export const SIGNAL_TEXT_MAX = 140;
