import type { Programme } from '../../../../shared/programme/plan';
import { phaseOf, sessionTimes } from '../../../../shared/programme/schedule';
import { useLocale, useT } from '../../i18n/useT';
import { ScrollBox } from '../../ui/ScrollBox';

/** The saved programme in words and as a table: every planned session, its date and phase. */
export function ProgrammePlan({ programme }: { programme: Programme }) {
  const t = useT();
  const locale = useLocale();
  const times = sessionTimes(programme);
  const inZone = (ms: number, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: programme.timeZone }).format(ms);
  const first = times[0]!;
  const last = times.at(-1)!;
  return (
    <>
      <p data-testid="programme-summary">
        {t('progStaff.weekly', {
          weekday: inZone(first.start, { weekday: 'long' }),
          time: inZone(first.start, { timeStyle: 'short' }),
          date: inZone(last.start, { dateStyle: 'long' }),
        })}
      </p>
      <h3 className="subhead" id="programme-plan-title">
        {t('progStaff.plan')}
      </h3>
      <ScrollBox labelledBy="programme-plan-title">
        <table className="data-table sum-table" data-testid="programme-plan">
          <thead>
            <tr>
              <th scope="col">{t('progStaff.colNumber')}</th>
              <th scope="col">{t('progStaff.colDate')}</th>
              <th scope="col">{t('progStaff.colPhase')}</th>
            </tr>
          </thead>
          <tbody>
            {times.map((s) => (
              <tr key={s.number}>
                <th scope="row">{t('common.number', { n: s.number })}</th>
                <td>{inZone(s.start, { dateStyle: 'medium' })}</td>
                <td dir="auto">{phaseOf(programme.phases, s.number).name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
