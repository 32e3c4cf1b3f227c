import { useEffect, useId, useRef } from 'react';
import { tapIntent } from '../../../../shared/talk/decide';
import { useServerNow } from '../../room/useRoom';
import { formatClock } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { isShortcutEvent } from '../../ui/shortcuts';
import { NOBODY_KEYS, openTracked, trackerTargets } from './tracker-targets';
import { useLocale, useT } from '../../i18n/useT';
import './tracker.css';
import { useTalk } from './useTalk';

/**
 * The co-facilitator's tracker: tap who is speaking now. One tap switches,
 * tapping the speaker again (or "Nobody") stops. Big tiles for a phone; number
 * keys 1–9, F, C, X and 0 for the keyboard.
 * The running clock on a tile is hidden from screen readers, so the button's name does not change every second. The speaking tile says so in words
 * and with a mark, not by colour alone.
 */
export function Tracker({ breakOn }: { breakOn: boolean }) {
  const id = useId();
  const cmd = useCommand();
  const now = useServerNow();
  const tr = useT();
  const locale = useLocale();
  // Rendered by TalkTimePanel only when the staff talk view is there.
  const shared = useTalk()!.shared;
  const talk = shared.staff!.talk;
  const open = openTracked(talk.intervals);
  const current = open?.participantId ?? null;
  const targets = trackerTargets(shared);
  const labelOf = (label: string | null) => label ?? tr('talkStaff.crosstalk');
  const currentTarget = current ? targets.find((t) => t.id === current) : undefined;
  const currentLabel = current ? (currentTarget ? labelOf(currentTarget.label) : tr('tracker.someone')) : null;
  const floor = shared.turns.floor;
  const floorName = floor ? (shared.roster[floor.holderId]?.name ?? tr('tracker.someone')) : null;

  const tap = (target: string | null) => void cmd.run('talk:track', { speaker: tapIntent(current, target) });

  // Shortcuts work anywhere on the console except while typing; a ref keeps the listener current.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  onKey.current = (e: KeyboardEvent) => {
    if (!isShortcutEvent(e) || breakOn) return;
    if (NOBODY_KEYS.includes(e.key)) {
      if (current !== null) tap(null);
      return;
    }
    const target = targets.find((t) => t.key !== null && t.key.toLowerCase() === e.key.toLowerCase());
    if (!target) return;
    e.preventDefault();
    tap(target.id);
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <section className="card talk-tracker" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{tr('tracker.title')}</h2>
      <p className="talk-now" aria-live="polite" data-testid="tracker-now">
        {currentLabel ? (
          <>
            <span aria-hidden="true">● </span>
            {tr('tracker.now', { name: currentLabel })}
          </>
        ) : (
          tr('tracker.nobody')
        )}
      </p>
      {floorName ? (
        <p className="hint" data-testid="tracker-floor">
          {tr(current ? 'tracker.floorMarked' : 'tracker.floor', { name: floorName })}
        </p>
      ) : null}
      {breakOn ? <p className="muted">{tr('tracker.onBreak')}</p> : null}
      <div className="talk-grid" role="group" aria-label={tr('tracker.gridLabel')}>
        {targets.map((t) => {
          const speaking = t.id === current;
          return (
            <button
              key={t.id}
              type="button"
              className={`talk-tile${speaking ? ' is-speaking' : ''}`}
              aria-pressed={speaking}
              aria-keyshortcuts={t.key ?? undefined}
              disabled={breakOn}
              onClick={() => tap(t.id)}
            >
              <span className="talk-tile-name person-name">{labelOf(t.label)}</span>
              {t.detail ? <span className="talk-tile-detail">{tr(t.detail)}</span> : null}
              {speaking && open ? (
                <span className="talk-tile-state">
                  <span aria-hidden="true">● </span>
                  {tr('tracker.speaking')}{' '}
                  <span className="clock-digits-small" aria-hidden="true">
                    {formatClock(now - open.from, locale)}
                  </span>
                </span>
              ) : null}
              {t.key ? (
                <kbd className="talk-key" aria-hidden="true">
                  {t.key}
                </kbd>
              ) : null}
            </button>
          );
        })}
        <button
          type="button"
          className="talk-tile talk-tile-nobody"
          aria-keyshortcuts="0"
          disabled={current === null}
          onClick={() => tap(null)}
        >
          <span className="talk-tile-name">{tr('tracker.nobodyTile')}</span>
          <span className="talk-tile-detail">{tr('tracker.stop')}</span>
          <kbd className="talk-key" aria-hidden="true">
            0
          </kbd>
        </button>
      </div>
      <p className="hint">{tr('tracker.keys')}</p>
      <InlineError message={cmd.error} />
    </section>
  );
}
