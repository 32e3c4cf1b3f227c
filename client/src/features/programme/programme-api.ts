import type { ProgrammeAnswer } from '../../../../shared/programme/api';
import type { Programme } from '../../../../shared/programme/plan';
import { callApi } from '../../app/api';
import { downloadWithToken } from '../../app/download';

/** The group's programme routes, with the staff token in the Authorization header. */
const base = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}/programme`;

export const fetchProgramme = (groupId: string, token: string) => callApi<ProgrammeAnswer>('GET', base(groupId), undefined, token);
export const saveProgramme = (groupId: string, token: string, p: Programme) => callApi<ProgrammeAnswer>('POST', base(groupId), p, token);
export const downloadCalendar = (groupId: string, token: string, audience: 'staff' | 'members') =>
  downloadWithToken(`${base(groupId)}/${audience}.ics`, token, `attune-programme-${audience}.ics`);
