import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { formatJoinCode, isWellFormedJoinCode, normalizeJoinCode } from '../../../shared/ids';
import type { JoinPreview, Joined } from '../../../shared/protocol';
import { NAME_MAX } from '../../../shared/text';
import { callApi } from '../app/api';
import { loadCredential, loadMemberToken, saveCredential, saveMemberToken } from '../app/credentials';
import { navigate, takeFragmentParam } from '../app/router';
import { InlineError } from '../ui/InlineError';
import { Page } from '../ui/Page';
import { errorText } from '../i18n/errors';
import { followGroupLanguage } from '../i18n/i18n';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';

/** Join by code: look the code up, then a name and the group agreement, then the room. */
export function Join({ code }: { code: string | null }) {
  const [preview, setPreview] = useState<(JoinPreview & { code: string }) | null>(null);
  // A returning member's personal link (made by staff) carries their name in the fragment, never sent to the server.
  const [nameFromLink] = useState(() => (window.location.hash ? takeFragmentParam('name') : null));
  useEffect(() => {
    if (preview) followGroupLanguage(preview.language);
  }, [preview]);
  return (
    <Page>
      <LanguagePicker />
      {preview ? (
        <JoinForm preview={preview} initialName={nameFromLink ?? ''} onBack={() => { setPreview(null); navigate('/join', { replace: true }); }} />
      ) : (
        <CodeForm initial={code} onFound={setPreview} />
      )}
    </Page>
  );
}

/** Whether this browser's member token for the group opens the session: if so it becomes the session's credential. */
async function cameBack(code: string, groupId: string): Promise<boolean> {
  const token = loadMemberToken(groupId);
  if (!token) return false;
  const result = await callApi<JoinPreview>('GET', `/api/join/${encodeURIComponent(code)}`, undefined, token);
  if (!result.ok || !result.data.returning) return false;
  saveCredential(result.data.sessionId, { token });
  return true;
}

function CodeForm({ initial, onFound }: { initial: string | null; onFound: (p: JoinPreview & { code: string }) => void }) {
  const id = useId();
  const [code, setCode] = useState(initial ? formatJoinCode(normalizeJoinCode(initial)) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();

  const lookUp = async (raw: string) => {
    const normal = normalizeJoinCode(raw);
    if (!isWellFormedJoinCode(normal)) {
      setError(t('join.codeMalformed'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi<JoinPreview>('GET', `/api/join/${encodeURIComponent(normal)}`);
    setBusy(false);
    if (!result.ok) return setError(errorText(t, result, { not_found: 'join.noSuchCode' }));
    const { sessionId, groupId } = result.data;
    // Already in this session on this browser (tab closed, invite link opened again), or a member
    // of an earlier session of the group whom it carried in: go back in as the same person.
    if (loadCredential(sessionId) || (await cameBack(normal, groupId))) {
      navigate(`/s/${encodeURIComponent(sessionId)}`, { replace: true });
      return;
    }
    onFound({ ...result.data, code: normal });
  };

  // Only on arrival with a code in the link: the effect reads the latest lookUp without re-running for it.
  const lookUpLatest = useRef(lookUp);
  lookUpLatest.current = lookUp;
  useEffect(() => {
    if (initial) void lookUpLatest.current(initial);
  }, [initial]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void lookUp(code);
  };

  return (
    <>
      <h1>{t('join.title')}</h1>
      <form className="card form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('join.codeLabel')}</label>
          <p className="hint" id={`${id}-code-hint`}>{t('join.codeHint')}</p>
          <input
            id={`${id}-code`}
            className="code-input"
            aria-describedby={`${id}-code-hint`}
            required
            maxLength={12}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <InlineError message={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('join.looking') : t('join.continue')}
        </button>
      </form>
    </>
  );
}

function JoinForm({ preview, initialName, onBack }: { preview: JoinPreview & { code: string }; initialName: string; onBack: () => void }) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!agreed) return setError(t('join.mustAgree'));
    setBusy(true);
    setError(null);
    const result = await callApi<Joined>('POST', '/api/join', { code: preview.code, name, acceptAgreement: true });
    setBusy(false);
    if (!result.ok) return setError(errorText(t, result, { conflict: 'join.nameTaken', not_found: 'join.noSuchCode' }));
    saveCredential(result.data.sessionId, { token: result.data.token });
    saveMemberToken(preview.groupId, result.data.token);
    navigate(`/s/${encodeURIComponent(result.data.sessionId)}`);
  };

  return (
    <>
      <h1>{t('join.groupTitle', { group: preview.groupName })}</h1>
      {preview.waitingRoom ? (
        <p className="lede">{t('join.waitingRoom')}</p>
      ) : null}
      <form className="card form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('join.nameLabel')}</label>
          <p className="hint" id={`${id}-name-hint`}>{t('join.nameHint')}</p>
          <input id={`${id}-name`} aria-describedby={`${id}-name-hint`} required maxLength={NAME_MAX} value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" />
        </div>
        <section className="agreement" aria-labelledby={`${id}-agreement-title`}>
          <h2 id={`${id}-agreement-title`}>{t('join.agreementTitle')}</h2>
          <div className="agreement-text">
            {preview.agreement.split(/\n{2,}/).map((para, i) => (
              <p key={i} dir="auto">
                {para}
              </p>
            ))}
          </div>
        </section>
        <div className="field check">
          <input id={`${id}-agree`} type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
          <label htmlFor={`${id}-agree`}>{t('join.agree')}</label>
        </div>
        <InlineError message={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('join.joining') : t('join.submit')}
          </button>
          <button type="button" className="quiet" onClick={onBack}>
            {t('join.otherCode')}
          </button>
        </div>
      </form>
    </>
  );
}
