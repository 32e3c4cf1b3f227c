import { defineFeature } from '../domain/feature.js';
import { mapDeciders } from './decide.js';
import { MAP_EVENT_TYPES } from './events.js';
import { evolveMap } from './evolve.js';
import { mapCommandSchemas } from './schemas.js';
import { emptyMapState } from './state.js';
import { mapSection } from './summary.js';
import { mapViewShapes } from './view-schemas.js';
import { mapStaffView } from './views.js';

/** The interaction map: the tracker's optional second tap (to whom) and the sociogram drawn from it and the floor. */
export const mapFeature = defineFeature({
  name: 'map',
  commands: mapCommandSchemas,
  audience: { 'map:address': 'staff' },
  deciders: mapDeciders,
  eventTypes: MAP_EVENT_TYPES,
  evolve: evolveMap,
  initialState: () => ({ map: emptyMapState() }),
  views: { staff: (state) => ({ map: mapStaffView(state) }) },
  viewSchemas: mapViewShapes,
  // A session where nobody spoke has no map to keep: no section, no CSV, no point in the trend.
  summary: ({ state }) => {
    const map = mapSection(state);
    return map.addressed.length + map.after.length > 0 ? { map } : {};
  },
});
