declare module 'virtual:attune-locales' {
  import type { Messages } from '@lingui/core';
  /** Every language with a catalog file: its code, its own name, its writing direction. */
  export const LOCALES: { code: string; name: string; dir: 'ltr' | 'rtl' }[];
  /** One dynamic import per language: only the active catalog is downloaded (its member texts). */
  export const LOADERS: Record<string, () => Promise<Messages>>;
  /** The staff-only texts of each language (shared/i18n/sections.ts), loaded by staff screens only. */
  export const STAFF_LOADERS: Record<string, () => Promise<Messages>>;
}
