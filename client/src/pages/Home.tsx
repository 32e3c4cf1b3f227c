import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CreatedSession } from '../../../shared/protocol';
import { AGREEMENT_MAX, GROUP_NAME_MAX, NAME_MAX } from '../../../shared/text';
import { defaultAgreement } from '../i18n/default-agreement';
import { errorText } from '../i18n/errors';
import { LanguagePicker, LocaleOptions } from '../i18n/LanguagePicker';
import { useLocale, useT } from '../i18n/useT';
import { callApi } from '../app/api';
import { saveCredential, saveLinks } from '../app/credentials';
import { navigate } from '../app/router';
import { InlineError } from '../ui/InlineError';
import { Link } from '../ui/Link';
import { Page } from '../ui/Page';

/** A facilitator starts a session; the token and the one-time links are kept in this browser. */
export function Home() {
  const id = useId();
  const [groupName, setGroupName] = useState('');
  const [name, setName] = useState('');
  const t = useT();
  const [language, setLanguage] = useState(useLocale());
  const [agreement, setAgreement] = useState(() => t('server.defaultAgreement'));
  // The default agreement follows the group's language until the facilitator edits it.
  const [agreementEdited, setAgreementEdited] = useState(false);
  useEffect(() => {
    if (agreementEdited) return;
    let current = true;
    void defaultAgreement(language).then((text) => {
      if (current && text) setAgreement(text);
    });
    return () => {
      current = false;
    };
  }, [language, agreementEdited]);
  const [waitingRoom, setWaitingRoom] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await callApi<CreatedSession>('POST', '/api/sessions', {
      groupName,
      facilitatorName: name,
      agreement,
      language,
      waitingRoom,
    });
    setBusy(false);
    if (!result.ok) return setError(errorText(t, result));
    const created = result.data;
    saveCredential(created.sessionId, { token: created.facilitatorToken });
    saveLinks(created);
    navigate(`/s/${encodeURIComponent(created.sessionId)}`);
  };

  return (
    <Page>
      <LanguagePicker />
      <h1>{t('home.title')}</h1>
      <p className="lede">
        {t('home.lede')} {t('home.joinInstead')} <Link href="/join">{t('screen.enterCode')}</Link>.
      </p>
      <form className="card form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('home.groupName')}</label>
          <input id={`${id}-group`} required maxLength={GROUP_NAME_MAX} value={groupName} onChange={(e) => setGroupName(e.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('join.nameLabel')}</label>
          <input id={`${id}-name`} required maxLength={NAME_MAX} value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('home.language')}</label>
          <p className="hint" id={`${id}-language-hint`}>
            {t('home.languageHint')}
          </p>
          <select id={`${id}-language`} aria-describedby={`${id}-language-hint`} value={language} onChange={(e) => setLanguage(e.target.value)}>
            <LocaleOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-agreement`}>{t('home.agreement')}</label>
          <p className="hint" id={`${id}-agreement-hint`}>
            {t('home.agreementHint')}
          </p>
          <textarea
            id={`${id}-agreement`}
            aria-describedby={`${id}-agreement-hint`}
            required
            rows={11}
            maxLength={AGREEMENT_MAX}
            value={agreement}
            dir="auto"
            onChange={(e) => {
              setAgreementEdited(true);
              setAgreement(e.target.value);
            }}
          />
        </div>
        <div className="field check">
          <input id={`${id}-waiting`} type="checkbox" checked={waitingRoom} onChange={(e) => setWaitingRoom(e.target.checked)} />
          <label htmlFor={`${id}-waiting`}>
            {t('home.waitingRoom')} <span className="hint-inline">{t('home.waitingRoomHint')}</span>
          </label>
        </div>
        <InlineError message={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('home.starting') : t('home.start')}
        </button>
      </form>
    </Page>
  );
}
