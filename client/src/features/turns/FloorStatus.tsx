import { isOverTime } from '../../../../shared/turns/views';
import type { Floor } from '../../../../shared/turns/state';
import { useServerNow } from '../../room/useRoom';
import { formatClock } from '../../ui/format';
import { useLocale, useT } from '../../i18n/useT';

/**
 * Who has the floor and for how long, against the server clock. A timed turn
 * that runs over gets a calm cue in words and an icon (not colour alone);
 * nothing is cut off.
 */
export function FloorStatus({ floor, name, isMe }: { floor: Floor | null; name: string; isMe: boolean }) {
  const now = useServerNow();
  const t = useT();
  const locale = useLocale();
  const clock = (ms: number) => formatClock(ms, locale);
  if (!floor) return <p className="floor-status floor-empty" data-testid="floor-status">{t('turns.floorEmpty')}</p>;
  const held = now - floor.since;
  const over = isOverTime(floor, now);
  return (
    <div className={`floor-status${over ? ' floor-over' : ''}`} data-testid="floor-status">
      <p className="floor-who">
        {isMe ? <strong>{t('turns.yourTurn')}</strong> : t('turns.hasFloor', { name })}
      </p>
      <p className="floor-time">
        <span className="muted">{t('turns.speakingFor')} </span>
        <span className="clock-digits" role="timer" aria-label={t('turns.speakingForClock', { clock: clock(held) })}>
          {clock(held)}
        </span>
        {floor.turnLength !== null ? <span className="muted"> {t('turns.ofLength', { clock: clock(floor.turnLength) })}</span> : null}
      </p>
      {over ? (
        <p className="over-cue">
          <svg className="over-icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>{' '}
          {isMe ? t('turns.overTimeMine', { clock: clock(floor.turnLength!) }) : t('turns.overTime', { clock: clock(floor.turnLength!) })}
        </p>
      ) : null}
    </div>
  );
}
