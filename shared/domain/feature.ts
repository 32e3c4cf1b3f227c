import type { z } from 'zod';
import type { OwnerTagger } from './actor.js';
import type { CommandTable, DeciderTable } from './decision.js';
import type { DomainEvent } from './events.js';
import type { SessionState } from './state.js';
import type { MeView, SharedView, StaffView } from './view-types.js';
import type { Participant } from '../session/state.js';
import type { SummaryInput, SummarySections, TimelineEntry } from '../summary/sections.js';
import type { SummaryWords } from '../summary/words.js';

/**
 * The shape every capability has. A feature is a folder of shared/ (named after
 * its command prefix) whose feature.ts exports one `Feature`; the composition
 * root (features.ts) lists them and loops over that list for commands,
 * permissions, deciders, evolvers, state, views, sealed data, summary and
 * timeline. Types a feature adds to the state, the events and the views are
 * declared in its own files by augmenting FeatureSlices (state.ts),
 * FeatureEvents (events.ts) and SharedView/StaffView/MeView (views.ts), so no
 * shared file names them.
 */
/** Who may send a command at all; finer rules live in its decider. */
export type Audience = 'staff' | 'member' | 'anyone';

/** Data the server holds but must never store beside who gave it (docs/anonymity.md). */
export interface SealedRecord {
  key: string;
  /** JSON-serialisable, holding no participant id, timestamp or order of arrival. */
  value: unknown;
}

/** A feature's part in keeping sealed data out of the log and snapshots (domain/sealed.ts). */
export interface SealedHooks {
  /** The event as the log may keep it. */
  redact(event: DomainEvent): DomainEvent;
  /** Records to rewrite after `events` were applied to reach `state`. */
  records(state: SessionState, events: readonly DomainEvent[]): SealedRecord[];
  /** The state as a snapshot may keep it. */
  strip(state: SessionState): SessionState;
  /** Puts the records back into a state rebuilt from snapshot and log. */
  hydrate(state: SessionState, records: readonly SealedRecord[]): SessionState;
  /** Whether the state holds answers only memory has (the room must not be unloaded). */
  inMemory(state: SessionState): boolean;
  /** Just loaded after a restart: the events that start over what lost its in-memory answers. */
  lost(state: SessionState, now: number): DomainEvent[];
}

/** What a feature adds to each part of a person's view; keys with nothing to show are left out, never undefined. */
export interface FeatureViews {
  shared?(state: SessionState): Partial<SharedView>;
  staff?(state: SessionState): Partial<StaffView>;
  me?(state: SessionState, viewer: Participant, owner?: OwnerTagger): Partial<MeView>;
}

/**
 * The zod twins of FeatureViews, for the published JSON Schema (domain/view-schemas.ts).
 * `me` parts everyone has; `memberMe` parts only members get (optional in the
 * general view, as declared here in an admitted member's, absent in staff's);
 * `insideOnly` names `me` parts people outside the room never get.
 */
export interface FeatureViewSchemas {
  shared?: z.ZodRawShape;
  staff?: z.ZodRawShape;
  me?: z.ZodRawShape;
  memberMe?: z.ZodRawShape;
  insideOnly?: readonly string[];
}

/** Carries what one timeline pass remembers across events (e.g. a check-in's prompt until it is revealed). */
export type TimelineMemo = Map<string, string>;

export interface Feature<C extends CommandTable = CommandTable, V extends FeatureViewSchemas = FeatureViewSchemas> {
  /** The folder name, which is also the prefix of its commands (`signal:send`). */
  name: string;
  commands: C;
  /** Who may send each command (shared/domain/permissions.ts). */
  audience: { readonly [K in keyof C]: Audience };
  deciders: DeciderTable<C>;
  /** Commands a person still outside the room (waiting, declined, removed) may send. */
  outsideCommands?: ReadonlyArray<keyof C & string>;
  /** Every event type this feature records: built by `eventTypeSet`, so the compiler checks it against the union. */
  eventTypes: ReadonlySet<string>;
  /** Sees every event, so a feature can react to others' (a member leaving). */
  evolve(state: SessionState, event: DomainEvent): SessionState;
  /** The feature's slice of the state, before `session:created`. */
  initialState?(): Partial<SessionState>;
  views?: FeatureViews;
  viewSchemas?: V;
  sealed?: SealedHooks;
  /** The feature's sections of a session's summary. */
  summary?(input: SummaryInput): Partial<SummarySections>;
  /** The timeline line an event marks, or null; the first feature to answer wins. */
  timeline?(event: DomainEvent, memo: TimelineMemo, words: SummaryWords): TimelineEntry | null;
}

/** Keeps the command table's and view shapes' literal types, so command names, payloads and view schemas are derived from them. */
export function defineFeature<const C extends CommandTable, V extends FeatureViewSchemas = FeatureViewSchemas>(feature: Feature<C, V>): Feature<C, V> {
  return feature;
}

/**
 * The set of an event union's types, as values. The record must name every
 * type of the union and nothing else, or the code does not compile: an event
 * added to the union cannot be forgotten here.
 */
export function eventTypeSet<E extends { type: string }>(types: { readonly [T in E['type']]: true }): ReadonlySet<string> {
  return new Set(Object.keys(types));
}
