import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { formatJoinCode, isWellFormedJoinCode, normalizeJoinCode } from '../../../shared/ids';
import type { JoinPreview, Joined } from '../../../shared/protocol';
import { NAME_MAX } from '../../../shared/text';
import { callApi } from '../app/api';
import { loadCredential, saveCredential } from '../app/credentials';
import { navigate, takeFragmentParam } from '../app/router';
import { InlineError } from '../ui/InlineError';
import { Page } from '../ui/Page';

/** Join by code: look the code up, then a name and the group agreement, then the room. */
export function Join({ code }: { code: string | null }) {
  const [preview, setPreview] = useState<(JoinPreview & { code: string }) | null>(null);
  // A returning member's personal link (made by staff) carries their name in the fragment, never sent to the server.
  const [nameFromLink] = useState(() => (window.location.hash ? takeFragmentParam('name') : null));
  return (
    <Page>
      {preview ? (
        <JoinForm preview={preview} initialName={nameFromLink ?? ''} onBack={() => { setPreview(null); navigate('/join', { replace: true }); }} />
      ) : (
        <CodeForm initial={code} onFound={setPreview} />
      )}
    </Page>
  );
}

function CodeForm({ initial, onFound }: { initial: string | null; onFound: (p: JoinPreview & { code: string }) => void }) {
  const id = useId();
  const [code, setCode] = useState(initial ? formatJoinCode(normalizeJoinCode(initial)) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const lookUp = async (raw: string) => {
    const normal = normalizeJoinCode(raw);
    if (!isWellFormedJoinCode(normal)) {
      setError('A join code has 6 letters and digits, like ABC-234. Please check it with your facilitator.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi<JoinPreview>('GET', `/api/join/${encodeURIComponent(normal)}`);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    // Already in this session on this browser (tab closed, invite link opened again): go back in as the same person.
    if (loadCredential(result.data.sessionId)) {
      navigate(`/s/${encodeURIComponent(result.data.sessionId)}`, { replace: true });
      return;
    }
    onFound({ ...result.data, code: normal });
  };

  useEffect(() => {
    if (initial) void lookUp(initial);
    // Only on arrival with a code in the link.
  }, [initial]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void lookUp(code);
  };

  return (
    <>
      <h1>Join a session</h1>
      <form className="card form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-code`}>Join code</label>
          <p className="hint" id={`${id}-code-hint`}>Your facilitator gives you this code, for example ABC-234.</p>
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
          {busy ? 'Looking…' : 'Continue'}
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!agreed) return setError('Please read the group agreement and tick “I agree” to join.');
    setBusy(true);
    setError(null);
    const result = await callApi<Joined>('POST', '/api/join', { code: preview.code, name, acceptAgreement: true });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    saveCredential(result.data.sessionId, { token: result.data.token });
    navigate(`/s/${encodeURIComponent(result.data.sessionId)}`);
  };

  return (
    <>
      <h1>Join {preview.groupName}</h1>
      {preview.waitingRoom ? (
        <p className="lede">This group uses a waiting room: the facilitator lets you in.</p>
      ) : null}
      <form className="card form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>Your display name</label>
          <p className="hint" id={`${id}-name-hint`}>A first name or a pseudonym. Others in the group see it.</p>
          <input id={`${id}-name`} aria-describedby={`${id}-name-hint`} required maxLength={NAME_MAX} value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" />
        </div>
        <section className="agreement" aria-labelledby={`${id}-agreement-title`}>
          <h2 id={`${id}-agreement-title`}>Group agreement</h2>
          <div className="agreement-text">
            {preview.agreement.split(/\n{2,}/).map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          </div>
        </section>
        <div className="field check">
          <input id={`${id}-agree`} type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
          <label htmlFor={`${id}-agree`}>I agree to the group agreement</label>
        </div>
        <InlineError message={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Joining…' : 'Join the session'}
          </button>
          <button type="button" className="quiet" onClick={onBack}>
            Use a different code
          </button>
        </div>
      </form>
    </>
  );
}
