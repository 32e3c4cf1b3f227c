import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/** The raised hands in speaking order, the same on every screen. `actions` adds the console's per-person controls. */
export function QueueList({
  queue,
  nameOf,
  meId,
  actions,
}: {
  queue: string[];
  nameOf: (id: string) => string;
  meId: string;
  actions?: (id: string, index: number) => ReactNode;
}) {
  const t = useT();
  if (queue.length === 0) return <p className="muted">{t('turns.noHands')}</p>;
  return (
    <ol className="roster queue" aria-label={t('turns.raisedHands')}>
      {queue.map((id, i) => (
        <li key={id} className="roster-row queue-row" data-testid="queue-entry">
          <span className="queue-place" aria-hidden="true">
            {t('turns.ordinal', { place: i + 1 })}
          </span>
          <span className="roster-name">
            <span className="person-name" dir="auto">{nameOf(id)}</span>
            {id === meId ? <span className="tag">{t('common.you')}</span> : null}
          </span>
          {actions ? <span className="roster-actions">{actions(id, i)}</span> : null}
        </li>
      ))}
    </ol>
  );
}
