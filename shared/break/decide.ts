import { fail } from '../errors.js';
import type { DeciderTable } from '../domain/decision.js';
import { accept } from '../domain/decision.js';
import type { breakCommandSchemas } from './schemas.js';
import { activeBreak } from './state.js';

export const breakDeciders: DeciderTable<typeof breakCommandSchemas> = {
  'break:start': (state, { minutes }, _actor, { now }) => {
    if (activeBreak(state, now)) return fail('break_running', 'A break is already running. End it first to start a new one.');
    return accept({ type: 'break:started', at: now, endsAt: now + minutes * 60_000 });
  },
  'break:end': (state, _payload, _actor, { now }) => {
    if (!activeBreak(state, now)) return fail('break_not_running', 'There is no break running.');
    return accept({ type: 'break:ended', at: now });
  },
};
