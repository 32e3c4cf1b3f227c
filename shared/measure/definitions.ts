import { CLIMATE_EVERY_DEFAULT, WELLBEING_CUTOFF_DEFAULT, WELLBEING_DROP_DEFAULT } from './limits.js';

/**
 * Every measure is data: its items, its scale, when it is asked and whether its
 * answers are named (to staff only) or anonymous (aggregate only). One mechanism
 * (this folder's commands, state and views) serves all of them. The wording of
 * items and scale ends is not here: the defaults are catalog texts
 * (`measure.<kind>.item.<id>`, `measure.<kind>.low` / `.high`), and the
 * facilitator may replace them for their group (MeasureSettings).
 */
export const MEASURE_KINDS = ['wellbeing', 'session', 'climate', 'goals'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export type MeasureMode = 'named' | 'anonymous';

export interface MeasureItemDef {
  id: string;
  /** Items sharing a subscale are scored together (climate: engagement, avoidance, conflict). */
  subscale?: string;
}

export interface MeasureDefinition {
  kind: MeasureKind;
  /** When the facilitator is offered it: at the start, at the end, or at the end every N sessions. */
  when: 'start' | 'end' | 'every';
  min: number;
  max: number;
  /** Fixed items; goals have none here, each member rates their own. */
  items: readonly MeasureItemDef[];
  /** The mode, or 'group' when each group chooses (how this session was). */
  mode: MeasureMode | 'group';
}

export const CLIMATE_SUBSCALES = ['engagement', 'avoidance', 'conflict'] as const;

export const MEASURES: Readonly<Record<MeasureKind, MeasureDefinition>> = {
  wellbeing: {
    kind: 'wellbeing',
    when: 'start',
    min: 0,
    max: 10,
    items: [{ id: 'me' }, { id: 'close' }, { id: 'outside' }, { id: 'overall' }],
    mode: 'named',
  },
  session: {
    kind: 'session',
    when: 'end',
    min: 0,
    max: 10,
    items: [{ id: 'heard' }, { id: 'mattered' }, { id: 'way' }, { id: 'overall' }],
    mode: 'group',
  },
  climate: {
    kind: 'climate',
    when: 'every',
    min: 0,
    max: 6,
    items: [
      { id: 'engaged1', subscale: 'engagement' },
      { id: 'engaged2', subscale: 'engagement' },
      { id: 'avoid1', subscale: 'avoidance' },
      { id: 'avoid2', subscale: 'avoidance' },
      { id: 'conflict1', subscale: 'conflict' },
      { id: 'conflict2', subscale: 'conflict' },
    ],
    mode: 'anonymous',
  },
  goals: { kind: 'goals', when: 'end', min: 0, max: 10, items: [], mode: 'named' },
};

/** The group's choices (both stores, `measure_settings`); wording left null uses the catalog's defaults. */
export interface MeasureSettings {
  /** Per measure: the group's own wording of each item, in the definition's order, or null for the defaults. */
  wording: Partial<Record<Exclude<MeasureKind, 'goals'>, string[] | null>>;
  sessionMode: MeasureMode;
  climateEvery: number;
  /** A how-I've-been total at or below this is flagged to staff. */
  wellbeingCutoff: number;
  /** A how-I've-been total lower than the member's last by more than this is flagged to staff. */
  wellbeingDrop: number;
}

export const DEFAULT_MEASURE_SETTINGS: MeasureSettings = {
  wording: {},
  sessionMode: 'anonymous',
  climateEvery: CLIMATE_EVERY_DEFAULT,
  wellbeingCutoff: WELLBEING_CUTOFF_DEFAULT,
  wellbeingDrop: WELLBEING_DROP_DEFAULT,
};

/** The mode a measure is asked in for a group. */
export function modeOf(kind: MeasureKind, settings: Pick<MeasureSettings, 'sessionMode'>): MeasureMode {
  const m = MEASURES[kind].mode;
  return m === 'group' ? settings.sessionMode : m;
}
