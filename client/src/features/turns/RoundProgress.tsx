import type { GoAroundView } from '../../../../shared/turns/views';
import { useT } from '../../i18n/useT';

/** "Go-around: 3 of 8 · Next: Bo", in words everyone reads the same way. */
export function RoundProgress({ round, nameOf, meId }: { round: GoAroundView; nameOf: (id: string | null) => string; meId: string }) {
  const t = useT();
  const who = (id: string | null) => (id === meId ? t('common.you') : nameOf(id));
  const label = round.revisiting ? t('round.revisiting') : t('round.goAround');
  return (
    <div className="round-progress" data-testid="round-progress">
      <p className="round-step">
        <strong>{t('common.labelColon', { label })}</strong> <span>{t('round.step', { step: round.step, total: round.total })}</span>
      </p>
      {round.paused ? (
        <p className="muted">
          {t('round.paused')} {round.current ? t('round.upWhenContinues', { name: who(round.current) }) : null}
        </p>
      ) : round.next ? (
        <p className="muted">{t('round.next', { name: who(round.next) })}</p>
      ) : (
        // Last in order is not the last turn when some passed: they are asked again next.
        <p className="muted">{!round.revisiting && round.revisit.length > 0 ? t('round.lastBeforeRevisit') : t('round.last')}</p>
      )}
    </div>
  );
}
