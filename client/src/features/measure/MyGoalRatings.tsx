import { useEffect, useId, useState } from 'react';
import type { GoalPoint } from '../../../../shared/measure/member-trends';
import { useLocale, useT } from '../../i18n/useT';
import { useRoom } from '../../room/useRoom';
import { formatDate } from '../../ui/format';
import { loadCredential } from '../../app/credentials';
import { fetchMyMeasures } from './measures-api';
import '../../ui/table.css';
import './measures.css';

/**
 * A member's own goal ratings across sessions, as a table (members' screens stay
 * light: no chart). Fetched with their own token, which the server answers with
 * their ratings only. The goals card (and so this) mounts again when a goals
 * questionnaire closes, so it then shows the new rating.
 */
export function MyGoalRatings() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { view } = useRoom();
  const sessionId = view?.session.id;
  const [points, setPoints] = useState<GoalPoint[]>([]);
  useEffect(() => {
    const token = sessionId ? (loadCredential(sessionId)?.token ?? null) : null;
    if (!sessionId || !token) return;
    let live = true;
    void fetchMyMeasures(sessionId, token).then((r) => {
      if (live && r.ok) setPoints(r.data.goals);
    });
    return () => {
      live = false;
    };
  }, [sessionId]);
  const rows = points.flatMap((p) => p.goals.map((g, i) => ({ key: `${p.sessionId}:${i}`, at: p.startedAt, text: g.text, value: g.value })));
  if (rows.length === 0) return null;
  return (
    <table className="data-table ms-table ms-ratings" aria-labelledby={`${id}-t`} data-testid="my-goal-ratings">
      <caption id={`${id}-t`}>{t('measure.myRatings')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('measure.colSession')}</th>
          <th scope="col">{t('measure.colGoal')}</th>
          <th scope="col">{t('measure.colRating')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{formatDate(r.at, locale)}</td>
            <td dir="auto">{r.text}</td>
            <td className="num">{r.value ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
