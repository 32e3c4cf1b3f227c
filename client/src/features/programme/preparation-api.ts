import type { PreparationAnswer } from '../../../../shared/programme/api';
import type { Preparation } from '../../../../shared/programme/preparation';
import { callApi } from '../../app/api';

/** Members' preparation, through the console's session (the data is the group's, by participant id). */
const enc = encodeURIComponent;

export const fetchPreparation = (sessionId: string, token: string) => callApi<PreparationAnswer>('GET', `/api/sessions/${enc(sessionId)}/preparation`, undefined, token);
export const savePreparation = (sessionId: string, token: string, participantId: string, p: Preparation) =>
  callApi<Preparation>('POST', `/api/sessions/${enc(sessionId)}/preparation/${enc(participantId)}`, p, token);
