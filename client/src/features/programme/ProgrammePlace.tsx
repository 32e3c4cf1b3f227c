import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useProgramme } from './useProgramme';
import './programme.css';

/**
 * "Session 7 of 16 · Phase: Middle · 4 sessions left", under the group's name on
 * every room screen. `children`: what the console adds (staff texts stay out of the member bundle).
 */
export function ProgrammePlace({ children }: { children?: ReactNode }) {
  const place = useProgramme();
  const t = useT();
  if (!place) return null;
  return (
    <div className="programme-place" role="group" aria-label={t('programme.label')} data-testid="programme-place">
      <span className="programme-number">{t('programme.sessionOf', { number: place.number, total: place.total })}</span>
      <span className="tag" dir="auto">
        {t('programme.phase', { phase: place.phase })}
      </span>
      {place.left !== null ? <span data-testid="programme-left">{t('programme.left', { count: place.left })}</span> : null}
      {children}
    </div>
  );
}
