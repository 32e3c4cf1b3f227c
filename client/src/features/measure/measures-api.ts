import type { MeasureSettings } from '../../../../shared/measure/definitions';
import type { MemberMeasures, MyMeasures, PreviousWellbeing } from '../../../../shared/measure/member-trends';
import { callApi } from '../../app/api';

/** The measures' REST routes (server/summary/measure-routes.ts), each with the caller's own token. */
const enc = encodeURIComponent;

export const fetchSessionMeasureSettings = (sessionId: string, token: string) =>
  callApi<MeasureSettings>('GET', `/api/sessions/${enc(sessionId)}/measures/settings`, undefined, token);
export const fetchGroupMeasureSettings = (groupId: string, token: string) =>
  callApi<MeasureSettings>('GET', `/api/groups/${enc(groupId)}/measures/settings`, undefined, token);
export const saveMeasureSettings = (groupId: string, token: string, body: MeasureSettings) =>
  callApi<MeasureSettings>('POST', `/api/groups/${enc(groupId)}/measures/settings`, body, token);
export const fetchMemberMeasures = (groupId: string, token: string) =>
  callApi<MemberMeasures[]>('GET', `/api/groups/${enc(groupId)}/measures/members`, undefined, token);
export const fetchPreviousWellbeing = (sessionId: string, token: string) =>
  callApi<PreviousWellbeing>('GET', `/api/sessions/${enc(sessionId)}/measures/previous`, undefined, token);
export const fetchMyMeasures = (sessionId: string, token: string) => callApi<MyMeasures>('GET', `/api/sessions/${enc(sessionId)}/measures/mine`, undefined, token);
