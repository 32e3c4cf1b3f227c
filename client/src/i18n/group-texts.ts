import { setupI18n } from '@lingui/core';
import { useEffect, useState } from 'react';
import { STAFF_LOADERS } from 'virtual:attune-locales';
import { useT } from './useT';
import type { Translate } from './useT';

/**
 * Words a facilitator sends to the group (ready check-in prompts, feedback
 * templates) come in the group's language, which may differ from their own
 * screen's: the members read them. Until that catalog has loaded (`ready`
 * false) the screen's language stands in; with no catalog for it, it stays.
 */
export function useGroupT(language: string): { t: Translate; ready: boolean } {
  const t = useT();
  const [group, setGroup] = useState<{ language: string; t: Translate } | null>(null);
  useEffect(() => {
    const load = STAFF_LOADERS[language];
    if (!load) return;
    let live = true;
    void load().then((messages) => {
      if (!live) return;
      const i18n = setupI18n({ locale: language, messages: { [language]: messages } });
      setGroup({ language, t: (id, values) => i18n._(id, values) });
    });
    return () => {
      live = false;
    };
  }, [language]);
  if (group?.language === language) return { t: group.t, ready: true };
  return { t, ready: !STAFF_LOADERS[language] };
}
