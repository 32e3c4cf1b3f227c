import { useT } from '../../i18n/useT';
import { useProgramme } from './useProgramme';

/** Console only: staff see the countdown before members do, and are told so. */
export function CountdownNote() {
  const place = useProgramme();
  const t = useT();
  return place?.hiddenFromMembers ? <span className="muted">{t('progStaff.hiddenFromMembers')}</span> : null;
}
