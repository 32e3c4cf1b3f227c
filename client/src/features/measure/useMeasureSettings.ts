import { useEffect, useState } from 'react';
import type { MeasureSettings } from '../../../../shared/measure/definitions';
import { DEFAULT_MEASURE_SETTINGS } from '../../../../shared/measure/definitions';
import { useRoom } from '../../room/useRoom';
import { loadCredential } from '../../app/credentials';
import { fetchSessionMeasureSettings } from './measures-api';

/** Staff: the group's measure settings for this session (wording, modes, cut-off); the defaults until they arrive. */
export function useMeasureSettings(): MeasureSettings {
  const { view } = useRoom();
  const sessionId = view?.session.id;
  const [settings, setSettings] = useState<MeasureSettings>(DEFAULT_MEASURE_SETTINGS);
  useEffect(() => {
    const token = sessionId ? (loadCredential(sessionId)?.token ?? null) : null;
    if (!sessionId || !token) return;
    let live = true;
    void fetchSessionMeasureSettings(sessionId, token).then((r) => {
      if (live && r.ok) setSettings(r.data);
    });
    return () => {
      live = false;
    };
  }, [sessionId]);
  return settings;
}
