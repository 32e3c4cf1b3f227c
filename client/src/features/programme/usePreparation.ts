import { useCallback, useEffect, useState } from 'react';
import { NO_PREPARATION } from '../../../../shared/programme/preparation';
import type { Preparation } from '../../../../shared/programme/preparation';
import { loadCredential } from '../../app/credentials';
import { errorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { fetchPreparation, savePreparation } from './preparation-api';

/**
 * The members' preparation for the console: loaded once over REST (it is group
 * data, not room state, so it never travels on a socket a member could hold),
 * and each tick saved at once. A failed save puts the tick back and says why.
 */
export function usePreparation(sessionId: string) {
  const t = useT();
  const [byId, setById] = useState<Record<string, Preparation>>({});
  const [error, setError] = useState<string | null>(null);
  const token = loadCredential(sessionId)?.token ?? null;

  useEffect(() => {
    if (!token) return;
    let live = true;
    void fetchPreparation(sessionId, token).then((r) => {
      if (!live) return;
      if (r.ok) setById(r.data.preparation);
      else setError(errorText(t, r));
    });
    return () => {
      live = false;
    };
  }, [sessionId, token, t]);

  const of = useCallback((id: string): Preparation => byId[id] ?? NO_PREPARATION, [byId]);

  const set = useCallback(
    async (id: string, next: Preparation) => {
      if (!token) return;
      const before = byId[id] ?? NO_PREPARATION;
      setById((m) => ({ ...m, [id]: next }));
      setError(null);
      const r = await savePreparation(sessionId, token, id, next);
      if (!r.ok) {
        setById((m) => ({ ...m, [id]: before }));
        setError(errorText(t, r));
      }
    },
    [byId, sessionId, token, t],
  );

  return { of, set, error };
}
