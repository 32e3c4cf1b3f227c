import { lazy } from 'react';
import type { ComponentType } from 'react';
import { loadStaffCatalog } from './i18n';

/**
 * A staff screen as a lazy component: its code chunk and the active language's
 * staff texts load together, so it never shows a raw key and a member's phone
 * never downloads either.
 */
export function staffPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [Component] = await Promise.all([load(), loadStaffCatalog()]);
    return { default: Component };
  });
}
