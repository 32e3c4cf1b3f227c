import type { CheckinFormat } from './schemas.js';

/** Ready-made prompts a facilitator can start with one tap, or edit first. */
export interface ReadyPrompt {
  id: string;
  prompt: string;
  format: CheckinFormat;
}

export const READY_PROMPTS: readonly ReadyPrompt[] = [
  { id: 'arriving', prompt: 'How are you arriving today?', format: { kind: 'scale', low: 'struggling', high: 'doing well' } },
  { id: 'one-word', prompt: 'One word for how you feel right now.', format: { kind: 'word' } },
  {
    id: 'feeling',
    prompt: 'Which feeling is closest to yours right now?',
    format: { kind: 'choice', options: ['calm', 'anxious', 'sad', 'hopeful', 'angry', 'tired'] },
  },
  { id: 'safety', prompt: 'How safe does the group feel for you today?', format: { kind: 'scale', low: 'not safe', high: 'very safe' } },
  { id: 'energy', prompt: 'How much energy do you have right now?', format: { kind: 'scale', low: 'none', high: 'plenty' } },
  { id: 'taking-away', prompt: 'One word for what you are taking away today.', format: { kind: 'word' } },
];
