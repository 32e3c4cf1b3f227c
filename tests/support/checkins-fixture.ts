import type { SessionState } from '../../shared/domain/state.js';
import { T0, newSession, withPeople } from './domain-room.js';
import type { Person } from './domain-room.js';

/** A small room for check-in unit tests: facilitator `fac`, co-facilitator `co`, members m1…mN online. */
export { T0, codeOf, co, ctx, fac, member, must as mustRun, run } from './domain.js';

export function room(members = 4): SessionState {
  const people: Person[] = [{ id: 'co', name: 'Chris', role: 'cofacilitator' }];
  for (let i = 1; i <= members; i++) people.push({ id: `m${i}`, name: `Member${i}`, role: 'member' });
  return withPeople(newSession(T0), people, T0);
}
