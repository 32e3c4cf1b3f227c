import { z } from 'zod';
import { IdSchema } from '../session/schemas.js';

export const mapCommandSchemas = {
  /**
   * Staff: to whom the person the tracker shows speaking now is responding — a
   * participant id (a member or a leader) or "group" (MAP_GROUP); null clears it.
   * It applies to the tracker's current stretch only; sending the same target
   * again changes nothing.
   */
  'map:address': z.strictObject({ to: IdSchema.nullable() }),
} as const;
