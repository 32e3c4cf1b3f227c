import type { CheckinView } from '../../../../shared/checkin/views';
import { answeredLine } from './copy';
import { useT } from '../../i18n/useT';

/** "5 of 8 answered": the only thing anyone sees before results are shown. Announced politely as it changes. */
export function CheckinProgress({ checkin }: { checkin: CheckinView }) {
  const t = useT();
  const share = checkin.expected > 0 ? Math.min(1, checkin.answered / checkin.expected) : 0;
  return (
    <div className="ci-progress">
      <p aria-live="polite" aria-atomic="true" data-testid="checkin-progress">
        <strong>{answeredLine(t, checkin.answered, checkin.expected)}</strong>
      </p>
      <div className="ci-progress-track" aria-hidden="true">
        <div className="ci-progress-fill" style={{ inlineSize: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
