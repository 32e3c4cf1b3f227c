import type { CurrentSession } from '../../../shared/summary/api';
import { callApi } from '../app/api';

/** Where a staff token of an earlier session of the group leads now (404 when no session of the group is open with them). */
export const fetchCurrentSession = (token: string) => callApi<CurrentSession>('GET', '/api/staff/current-session', undefined, token);
