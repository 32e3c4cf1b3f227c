import { i18n } from '@lingui/core';
import { LOADERS, LOCALES, STAFF_LOADERS } from 'virtual:attune-locales';
import { pickLocale } from '../../../shared/i18n/locale';

/**
 * The active language: the one chosen on this device, else the browser's,
 * else English. Only that language's catalog is downloaded. Switching sets
 * <html lang dir>, so right-to-left languages mirror the whole page.
 */
const STORAGE_KEY = 'attune.locale';

export { i18n, LOCALES };

function savedChoice(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initialLocale(): string {
  return pickLocale([savedChoice(), ...(navigator.languages ?? [navigator.language])], LOCALES.map((l) => l.code));
}

/** Set once a staff screen has loaded: from then on a language switch loads the staff texts too. */
let staffWanted = false;

const loadMessages = async (locale: string) => {
  const [member, staff] = await Promise.all([LOADERS[locale]!(), staffWanted ? STAFF_LOADERS[locale]!() : {}]);
  return { ...member, ...staff };
};

/** Loads the catalog and makes it active; `remember` keeps the choice on this device. */
export async function activateLocale(code: string, { remember = false } = {}): Promise<void> {
  const locale = pickLocale([code], Object.keys(LOADERS));
  const messages = await loadMessages(locale);
  i18n.loadAndActivate({ locale, messages });
  const dir = LOCALES.find((l) => l.code === locale)?.dir ?? 'ltr';
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }
}

/**
 * Staff screens' texts are a second chunk per language that members never
 * download: each staff page's lazy import waits for this before it renders.
 */
export async function loadStaffCatalog(): Promise<void> {
  staffWanted = true;
  // Until the active language has them (a switch may land meanwhile; it then loads them itself).
  for (let locale = i18n.locale; ; locale = i18n.locale) {
    const staff = await STAFF_LOADERS[locale]!();
    if (i18n.locale !== locale) continue;
    i18n.load(locale, staff);
    return;
  }
}

/** Whether one of the browser's languages has a catalog (then it beats the group's language). */
function browserHasCatalog(): boolean {
  const codes = LOCALES.map((l) => l.code.toLowerCase());
  return (navigator.languages ?? [navigator.language]).some((wish) => {
    const w = wish.toLowerCase();
    return codes.includes(w) || codes.includes(w.split('-')[0]!);
  });
}

/** Once the group is known: its language, unless this device chose one or the browser's language has a catalog. */
export function followGroupLanguage(groupLocale: string): void {
  if (savedChoice() === null && !browserHasCatalog()) void activateLocale(groupLocale);
}

/** Whether this device has a language chosen by hand (then a group's language does not override it). */
export function hasSavedChoice(): boolean {
  return savedChoice() !== null;
}
