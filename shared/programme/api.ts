import type { Programme } from './plan.js';
import type { Preparation } from './preparation.js';

/** GET/PUT /api/groups/:groupId/programme: the group's programme, null when it has none. */
export interface ProgrammeAnswer {
  programme: Programme | null;
}

/** GET /api/groups/:groupId/preparation: each member's preparation by participant id (members with none yet are absent). */
export interface PreparationAnswer {
  preparation: Record<string, Preparation>;
}
