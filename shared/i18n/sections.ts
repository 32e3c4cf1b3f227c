/**
 * Which catalog texts only staff screens use. The build splits each language's
 * catalog in two chunks by this list (client/vite-catalogs.ts): a member's phone
 * downloads only the member part; the console, start page, summary and group
 * pages load the staff part as well. A key belongs to its first segment
 * (`ciStart.prompt` → `ciStart`); a section not listed here is in the member part.
 */
export const STAFF_SECTIONS: readonly string[] = [
  'breakPanel', 'end', 'console', 'nav', 'invite', 'people', 'home', 'cofac',
  'ciStaff', 'ciStart', 'prompt', 'fbStaff', 'fbGrid', 'fbRead', 'fbScreen', 'fbStart', 'template', 'momentStaff',
  'notes', 'sigStaff', 'talkStaff', 'tracker', 'mapStaff', 'goStaff', 'turnLen', 'turnSet', 'turnsStaff',
  'summary', 'group', 'trend', 'retention', 'progStaff', 'msStaff', 'msGroup',
  // Texts the server writes (the default agreement also pre-fills the start form).
  'server',
];

export function isStaffKey(key: string): boolean {
  return STAFF_SECTIONS.includes(key.split('.')[0]!);
}
