import { isDue, nextDue } from '../../../../shared/programme/schedule';
import { useT } from '../../i18n/useT';
import { useProgramme } from '../programme/useProgramme';

/**
 * Whether the group-climate questionnaire comes round in this session, by the
 * session's place in the group's programme (every N sessions: the 4th, 8th…).
 * Nothing when the session has no place in a programme.
 */
export function ClimateDue({ every }: { every: number }) {
  const place = useProgramme();
  const t = useT();
  if (!place) return null;
  if (isDue(every, place.number)) return <strong data-testid="climate-due">{t('msStaff.climateDue', { n: place.number })}</strong>;
  const next = nextDue(every, place.number, place.total);
  return <span data-testid="climate-due">{next === null ? t('msStaff.climateNoMore') : t('msStaff.climateNext', { n: next })}</span>;
}
