import { useEffect, useState } from 'react';
import type { Programme } from '../../../../shared/programme/plan';
import { errorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { InlineError } from '../../ui/InlineError';
import { ProgrammeForm } from './ProgrammeForm';
import { ProgrammePlan } from './ProgrammePlan';
import { downloadCalendar, fetchProgramme } from './programme-api';
import './programme.css';

type Load = { state: 'loading' } | { state: 'ready'; programme: Programme | null } | { state: 'error'; message: string };

/** The group page's programme: the planned sessions, the calendar files, and the form to set it. Staff only. */
export function ProgrammeCard({ groupId, token }: { groupId: string; token: string }) {
  const t = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [downloadError, setDownloadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchProgramme(groupId, token).then((r) => {
      if (live) setLoad(r.ok ? { state: 'ready', programme: r.data.programme } : { state: 'error', message: errorText(t, r) });
    });
    return () => {
      live = false;
    };
  }, [groupId, token, t]);

  const download = async (audience: 'staff' | 'members') => {
    setDownloadError(null);
    const r = await downloadCalendar(groupId, token, audience);
    if (!r.ok) setDownloadError(errorText(t, r));
  };

  return (
    <section className="card sum-section" aria-labelledby="programme-title">
      <h2 id="programme-title">{t('progStaff.title')}</h2>
      <p className="muted">{t('progStaff.intro')}</p>
      {load.state === 'error' ? <InlineError message={load.message} /> : null}
      {load.state === 'ready' ? (
        <>
          {load.programme ? <ProgrammePlan programme={load.programme} /> : null}
          <h3 className="subhead">{t('progStaff.calendars')}</h3>
          <p className="hint">{load.programme ? t('progStaff.calendarsHint') : t('progStaff.saveFirst')}</p>
          <div className="actions programme-downloads">
            <button type="button" className="secondary" disabled={!load.programme} onClick={() => void download('staff')}>
              {t('progStaff.downloadStaff')}
            </button>
            <button type="button" className="secondary" disabled={!load.programme} onClick={() => void download('members')}>
              {t('progStaff.downloadMembers')}
            </button>
          </div>
          <InlineError message={downloadError} />
          <h3 className="subhead">{load.programme ? t('progStaff.change') : t('progStaff.set')}</h3>
          <ProgrammeForm groupId={groupId} token={token} saved={load.programme} onSaved={(programme) => setLoad({ state: 'ready', programme })} />
        </>
      ) : null}
    </section>
  );
}
