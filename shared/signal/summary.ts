import type { DomainEvent } from '../domain/events.js';

/** Private signals: counts only. Who and what stay out of the summary. */
export interface SignalsSection {
  raised: number;
  acknowledged: number;
}

/** From the log, not the state: the state keeps only each member's latest signal. */
export function signalsSection(events: readonly DomainEvent[]): SignalsSection {
  let raised = 0;
  let acknowledged = 0;
  for (const e of events) {
    if (e.type === 'signal:sent') raised++;
    else if (e.type === 'signal:acknowledged') acknowledged++;
  }
  return { raised, acknowledged };
}

declare module '../summary/sections.js' {
  interface SummarySections {
    /** Private signals: counts only. */
    signals: SignalsSection;
  }
}
