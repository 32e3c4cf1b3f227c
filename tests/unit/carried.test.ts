import { describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/session/state.js';
import { carriedEvents, carriedMembers, carriedStaff } from '../../shared/summary/carried.js';

const person = (id: string, role: Participant['role'], admission: Participant['admission'] = 'admitted'): Participant => ({
  id,
  name: id.toUpperCase(),
  role,
  admission,
  presence: 'left',
  joinedAt: 0,
  present: [],
});

function previous(people: Participant[]) {
  return { order: people.map((p) => p.id), participants: Object.fromEntries(people.map((p) => [p.id, p])) };
}

describe("the staff a group's next session starts with", () => {
  const people = [person('fac', 'facilitator'), person('co', 'cofacilitator'), person('ann', 'member'), person('bo', 'member', 'waiting')];

  it('keeps every admitted staff member but the one who starts it, never a member', () => {
    expect(carriedStaff(previous(people), 'fac').map((p) => p.id)).toEqual(['co']);
    expect(carriedStaff(previous(people), 'co').map((p) => p.id)).toEqual(['fac']);
  });

  it('leaves out staff who were never admitted', () => {
    expect(carriedStaff(previous([person('fac', 'facilitator'), person('co', 'cofacilitator', 'waiting')]), 'fac')).toEqual([]);
  });

  it('brings them in admitted, as co-facilitators, under the same id and name', () => {
    expect(carriedEvents(carriedStaff(previous(people), 'co'), 42)).toEqual([
      { type: 'participant:joined', at: 42, id: 'fac', name: 'FAC', role: 'cofacilitator', admission: 'admitted', carried: true },
    ]);
  });
});

describe("the members a group's next session starts with", () => {
  const people = [
    person('fac', 'facilitator'),
    person('ann', 'member'),
    person('bo', 'member', 'waiting'),
    person('cy', 'member', 'removed'),
    person('di', 'member', 'declined'),
    person('ed', 'member'),
  ];

  it('keeps every admitted member, in roster order, and no one removed, declined or still waiting', () => {
    expect(carriedMembers(previous(people)).map((p) => p.id)).toEqual(['ann', 'ed']);
  });

  it('brings them in admitted, as members, under the same id and name, offline until they connect', () => {
    expect(carriedEvents(carriedMembers(previous(people)), 7)).toEqual([
      { type: 'participant:joined', at: 7, id: 'ann', name: 'ANN', role: 'member', admission: 'admitted', carried: true },
      { type: 'participant:joined', at: 7, id: 'ed', name: 'ED', role: 'member', admission: 'admitted', carried: true },
    ]);
  });
});
