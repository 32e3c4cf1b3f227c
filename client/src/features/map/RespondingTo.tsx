import { useId } from 'react';
import { MAP_GROUP, addresseeOf } from '../../../../shared/map/state';
import { CROSSTALK } from '../../../../shared/talk/intervals';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useT } from '../../i18n/useT';
import { openTracked, trackerTargets } from '../talk/tracker-targets';
import { useTalk } from '../talk/useTalk';
import '../talk/tracker.css';

/**
 * The tracker's optional second tap: whom the person shown speaking responds to
 * (someone else in the room, or the group). It belongs to the current stretch:
 * tapping another tile changes it, tapping the chosen one again or "Clear"
 * removes it. The first tap alone still records who speaks, as before.
 */
export function RespondingTo({ breakOn }: { breakOn: boolean }) {
  const id = useId();
  const t = useT();
  const cmd = useCommand();
  const shared = useTalk()?.shared;
  const staff = shared?.staff;
  if (!shared || !staff) return null;
  const open = openTracked(staff.talk.intervals);
  const speaker = open && open.participantId !== CROSSTALK ? open.participantId : null;
  const name = (pid: string) => shared.roster[pid]?.name ?? t('mapStaff.someone');
  const chosen = open && speaker ? addresseeOf(staff.map, speaker, open.from) : null;
  const set = (to: string | null) => void cmd.run('map:address', { to: to === chosen ? null : to });
  // The tracker's people (leaders included) but the speaker, then the group.
  const tiles = speaker
    ? [
        ...trackerTargets(shared)
          .filter((x) => x.id !== speaker && x.id !== CROSSTALK)
          .map((x) => ({ id: x.id, label: x.label ?? '', detail: x.detail ? t(x.detail) : null })),
        { id: MAP_GROUP, label: t('mapStaff.group'), detail: t('mapStaff.groupDetail') },
      ]
    : [];
  return (
    <section className="card map-respond" aria-labelledby={`${id}-title`} data-testid="map-respond">
      <h2 id={`${id}-title`}>{t('mapStaff.respondTitle')}</h2>
      {!open ? <p className="hint">{t('mapStaff.respondWait')}</p> : null}
      {open && !speaker ? <p className="hint">{t('mapStaff.respondCrosstalk')}</p> : null}
      {speaker ? (
        <>
          <p className="talk-now" aria-live="polite" data-testid="map-respond-now">
            {chosen ? t('mapStaff.respondNow', { name: name(speaker), to: chosen === MAP_GROUP ? t('mapStaff.group') : name(chosen) }) : t('mapStaff.respondNone')}
          </p>
          <p className="hint">{t('mapStaff.respondHint', { name: name(speaker) })}</p>
          <div className="talk-grid" role="group" aria-label={t('mapStaff.respondGrid', { name: name(speaker) })}>
            {tiles.map((x) => (
              <button
                key={x.id}
                type="button"
                className={`talk-tile map-tile${x.id === chosen ? ' is-speaking' : ''}`}
                aria-pressed={x.id === chosen}
                disabled={breakOn}
                onClick={() => set(x.id)}
              >
                <span className="talk-tile-name person-name">{x.label}</span>
                {x.detail ? <span className="talk-tile-detail">{x.detail}</span> : null}
                {x.id === chosen ? (
                  <span className="talk-tile-state">
                    <span aria-hidden="true">→ </span>
                    {t('mapStaff.responding')}
                  </span>
                ) : null}
              </button>
            ))}
            <button type="button" className="talk-tile talk-tile-nobody" disabled={chosen === null} onClick={() => set(null)}>
              <span className="talk-tile-name">{t('mapStaff.clear')}</span>
              <span className="talk-tile-detail">{t('mapStaff.clearDetail')}</span>
            </button>
          </div>
        </>
      ) : null}
      <InlineError message={cmd.error} />
    </section>
  );
}
