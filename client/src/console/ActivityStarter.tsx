import { useId } from 'react';
import { useT } from '../i18n/useT';
import type { MessageId } from '../i18n/useT';
import { jumpTo } from './jump';

const STARTS: ReadonlyArray<{ panel: string; label: MessageId }> = [
  { panel: 'checkins', label: 'console.startCheckin' },
  { panel: 'feedback', label: 'console.startFeedback' },
  { panel: 'go-around', label: 'console.startGoAround' },
  { panel: 'break', label: 'console.startBreak' },
];

/** In the live area while nothing is open: the set-up forms stay folded below, one jump away. */
export function ActivityStarter() {
  const id = useId();
  const t = useT();
  return (
    <section className="card activity-starter" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('console.nothingOpen')}</h2>
      <p className="hint">{t('console.nothingOpenHint')}</p>
      <ul className="starter-links">
        {STARTS.map((s) => (
          <li key={s.panel}>
            <a href={`#panel-${s.panel}`} onClick={jumpTo(s.panel)}>
              {t(s.label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
