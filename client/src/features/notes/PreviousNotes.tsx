import { useEffect, useId, useState } from 'react';
import type { PreviousNotes as PreviousNotesAnswer } from '../../../../shared/summary/api';
import { callApi } from '../../app/api';
import { useLocale, useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';

type Previous = NonNullable<PreviousNotesAnswer['previous']>;

/**
 * The group's last session's notes, offered to staff read-only (the server answers
 * staff only). "Bring them in" appends them to today's notes: only then are they
 * copied, into this session's notes, by a person's choice.
 */
export function PreviousNotes({ sessionId, token, bringIn }: { sessionId: string; token: string | null; bringIn: (text: string) => boolean }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [previous, setPrevious] = useState<Previous | null>(null);
  const [brought, setBrought] = useState(false);
  useEffect(() => {
    if (!token) return;
    let live = true;
    void callApi<PreviousNotesAnswer>('GET', `/api/sessions/${encodeURIComponent(sessionId)}/previous-notes`, undefined, token).then((r) => {
      if (live && r.ok) setPrevious(r.data.previous);
    });
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  if (!previous) return null;

  return (
    <details className="previous-notes" data-testid="previous-notes">
      <summary id={`${id}-title`}>{t('notes.previousTitle', { date: formatDate(previous.startedAt, locale) })}</summary>
      <pre className="previous-notes-text" tabIndex={0} aria-labelledby={`${id}-title`}>
        {previous.text}
      </pre>
      <div className="notes-foot">
        <button type="button" className="secondary" disabled={brought} onClick={() => setBrought(bringIn(previous.text))}>
          {t('notes.bringIn')}
        </button>
        {brought ? (
          <p className="hint" role="status">
            {t('notes.broughtIn')}
          </p>
        ) : null}
      </div>
    </details>
  );
}
