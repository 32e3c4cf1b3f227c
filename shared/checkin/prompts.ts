/**
 * Ready-made prompts a facilitator can start with one tap, or edit first. Only
 * their shape lives here: their words are in the message catalogs
 * (`prompt.<id>`, `prompt.<id>.low` / `.high`, `prompt.option.<option>`), so the
 * facilitator gets them in their own language before sending them to the group.
 */
export interface ReadyPrompt {
  id: string;
  kind: 'scale' | 'word' | 'choice';
  /** Choice prompts: the options' ids. */
  options?: readonly string[];
}

export const FEELING_OPTIONS = ['calm', 'anxious', 'sad', 'hopeful', 'angry', 'tired'] as const;

export const READY_PROMPTS: readonly ReadyPrompt[] = [
  { id: 'arriving', kind: 'scale' },
  { id: 'one-word', kind: 'word' },
  { id: 'feeling', kind: 'choice', options: FEELING_OPTIONS },
  { id: 'safety', kind: 'scale' },
  { id: 'energy', kind: 'scale' },
  { id: 'taking-away', kind: 'word' },
];
