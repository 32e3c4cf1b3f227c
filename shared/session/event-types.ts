import type { DomainEventType } from './events.js';

/**
 * Every domain event type, as a value, so stored events can be checked at run
 * time. The type below fails to compile when an event is added to `DomainEvent`
 * but not here (or listed here but not defined).
 */
export const EVENT_TYPES = [
  'session:created',
  'participant:joined',
  'participant:admitted',
  'participant:declined',
  'participant:removed',
  'presence:changed',
  'waitingRoom:set',
  'break:started',
  'break:ended',
  'session:ended',
  'turns:handRaised',
  'turns:handLowered',
  'turns:handsCleared',
  'turns:queueReordered',
  'turns:floorGiven',
  'turns:floorEnded',
  'turns:turnLengthSet',
  'turns:balancedSet',
  'turns:goAroundStarted',
  'turns:goAroundAdvanced',
  'turns:goAroundResumed',
  'turns:goAroundEnded',
  'checkin:started',
  'checkin:answered',
  'checkin:stopped',
  'checkin:revealed',
  'checkin:closed',
  'signal:sent',
  'signal:acknowledged',
  'feedback:roundStarted',
  'feedback:focusChanged',
  'feedback:focusAnswered',
  'feedback:draftSaved',
  'feedback:submitted',
  'feedback:screened',
  'feedback:revealed',
  'feedback:resonated',
  'feedback:roundEnded',
  'talk:tracked',
  'talk:groupViewSet',
] as const satisfies readonly DomainEventType[];

type Listed = (typeof EVENT_TYPES)[number];
/** Compile-time check: `true` only when the list and the union agree. */
export const EVENT_TYPES_COMPLETE: [Exclude<DomainEventType, Listed>] extends [never] ? true : never = true;
