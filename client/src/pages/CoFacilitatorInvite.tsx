import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Joined } from '../../../shared/protocol';
import { NAME_MAX } from '../../../shared/text';
import { callApi } from '../app/api';
import { loadCredential, saveCredential } from '../app/credentials';
import { navigate, takeFragmentParam } from '../app/router';
import { InlineError } from '../ui/InlineError';
import { Page } from '../ui/Page';
import { errorText } from '../i18n/errors';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';

const inviteKey = (sessionId: string) => `attune:invite:${sessionId}`;

/** The invite secret arrives in `#invite=`; keep it in this tab only and clear the address bar. */
function takeInvite(sessionId: string): string | null {
  const fromUrl = takeFragmentParam('invite');
  if (fromUrl) sessionStorage.setItem(inviteKey(sessionId), fromUrl);
  return fromUrl ?? sessionStorage.getItem(inviteKey(sessionId));
}

export function CoFacilitatorInvite({ sessionId }: { sessionId: string }) {
  const id = useId();
  const t = useT();
  const [invite] = useState(() => takeInvite(sessionId));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Someone who already joined with this link goes back in as themselves; once the session
  // has ended, the room page leads staff on to the group's open session.
  useEffect(() => {
    if (loadCredential(sessionId)) navigate(`/s/${encodeURIComponent(sessionId)}`, { replace: true });
  }, [sessionId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!invite) return;
    setBusy(true);
    setError(null);
    const result = await callApi<Joined>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/cofacilitators`, { invite, name });
    setBusy(false);
    if (!result.ok) return setError(errorText(t, result));
    sessionStorage.removeItem(inviteKey(sessionId));
    saveCredential(result.data.sessionId, { token: result.data.token });
    navigate(`/s/${encodeURIComponent(result.data.sessionId)}`);
  };

  return (
    <Page>
      <LanguagePicker />
      <h1>{t('cofac.title')}</h1>
      {invite ? (
        <form className="card form" onSubmit={submit}>
          <p>{t('cofac.body')}</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('join.nameLabel')}</label>
            <input id={`${id}-name`} required maxLength={NAME_MAX} value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" />
          </div>
          <InlineError message={error} />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('join.joining') : t('cofac.title')}
          </button>
        </form>
      ) : (
        <p className="card">{t('cofac.incomplete')}</p>
      )}
    </Page>
  );
}
