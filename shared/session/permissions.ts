import type { CommandName } from '../commands.js';
import type { Role } from './state.js';

/**
 * Who may send each command at all. Finer rules (a member lowers only their own
 * hand) live in the command's decide function. The client calls the same
 * predicate only to show or hide controls; the server enforces it.
 */
export type Audience = 'staff' | 'member' | 'anyone';

export const commandAudience: Record<CommandName, Audience> = {
  'session:admit': 'staff',
  'session:decline': 'staff',
  'session:remove': 'staff',
  'session:setWaitingRoom': 'staff',
  'session:end': 'staff',
  'session:setPlannedEnd': 'staff',
  'session:setClosingInfo': 'staff',
  'session:leave': 'anyone',
  'break:start': 'staff',
  'break:end': 'staff',
  'turns:raiseHand': 'member',
  'turns:lowerHand': 'anyone',
  'turns:lowerAll': 'staff',
  'turns:move': 'staff',
  'turns:next': 'staff',
  'turns:give': 'staff',
  'turns:endTurn': 'anyone',
  'turns:pass': 'anyone',
  'turns:setTurnLength': 'staff',
  'turns:setBalanced': 'staff',
  'turns:startGoAround': 'staff',
  'turns:resumeGoAround': 'staff',
  'turns:endGoAround': 'staff',
  'checkin:start': 'staff',
  'checkin:answer': 'member',
  'checkin:stop': 'staff',
  'checkin:reveal': 'staff',
  'checkin:close': 'staff',
  'signal:send': 'member',
  'signal:acknowledge': 'staff',
  'signal:addWords': 'member',
  'feedback:start': 'staff',
  'feedback:setFocus': 'staff',
  'feedback:answerFocus': 'member',
  'feedback:saveDraft': 'member',
  'feedback:submit': 'member',
  'feedback:screen': 'staff',
  'feedback:reveal': 'staff',
  'feedback:resonate': 'member',
  'feedback:shareMarks': 'member',
  'feedback:end': 'staff',
  'talk:track': 'staff',
  'talk:shareGroupView': 'staff',
};

export function mayRun(role: Role, command: CommandName): boolean {
  const audience = commandAudience[command];
  switch (audience) {
    case 'anyone':
      return true;
    case 'staff':
      return role === 'facilitator' || role === 'cofacilitator';
    case 'member':
      return role === 'member';
  }
}
