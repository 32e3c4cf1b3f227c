/**
 * The protocol version, "MAJOR.MINOR", sent by clients in the handshake `auth.protocol`.
 * MINOR grows with additive changes every client of the same MAJOR can ignore (a new
 * command, a new optional view field, a new error code); MAJOR grows with a breaking
 * change (see docs/protocol.md, "Versions"). A client of another MAJOR is refused with
 * `upgrade_required`; a client that sends no version is taken as MAJOR.0 of today's MAJOR,
 * so clients written before versions existed keep working.
 */
export const PROTOCOL_VERSION = '1.2';

export const PROTOCOL_VERSION_PATTERN = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

export interface ProtocolVersion {
  major: number;
  minor: number;
}

export function parseProtocolVersion(text: string): ProtocolVersion | null {
  const m = PROTOCOL_VERSION_PATTERN.exec(text);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}

/** Whether a client speaking `client` (undefined: sent none) may talk to a server speaking `server`. */
export function protocolCompatible(client: string | undefined, server: string = PROTOCOL_VERSION): boolean {
  const s = parseProtocolVersion(server);
  if (!s) throw new Error(`bad server protocol version ${server}`);
  if (client === undefined) return true;
  const c = parseProtocolVersion(client);
  return !!c && c.major === s.major;
}
