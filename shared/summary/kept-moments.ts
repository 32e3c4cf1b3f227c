import type { SessionSummary } from './summary.js';

/** A session's moments as the group page lists them: the texts staff kept or shared, no author. */
export interface SessionMoments {
  sessionId: string;
  startedAt: number;
  texts: string[];
}

/** Nothing for a session without kept moments, so the page lists only sessions that have some. */
export function keptMoments(summary: SessionSummary): SessionMoments[] {
  const texts = (summary.moments?.rounds ?? []).flatMap((r) => [...r.shared, ...r.kept]);
  return texts.length > 0 ? [{ sessionId: summary.session.sessionId, startedAt: summary.session.startedAt, texts }] : [];
}
