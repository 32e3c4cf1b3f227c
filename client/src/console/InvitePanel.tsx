import { useId, useState } from 'react';
import { formatJoinCode } from '../../../shared/ids';
import type { NewCoFacilitatorLink } from '../../../shared/protocol';
import { callApi } from '../app/api';
import { loadCredential, loadLinks, saveCoFacilitatorLink } from '../app/credentials';
import { InlineError } from '../ui/InlineError';
import { useSession } from '../room/useSession';
import { errorText } from '../i18n/errors';
import { useT } from '../i18n/useT';

function absolute(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/** How people get in: the join code (large), the member link, the co-facilitator link, and this person's private link. */
export function InvitePanel() {
  const vm = useSession();
  const id = useId();
  const [showPrivate, setShowPrivate] = useState(false);
  const t = useT();
  const staff = vm?.staff;
  if (!vm || !staff) return null;
  const sessionId = vm.session.id;
  const token = loadCredential(sessionId)?.token;
  const memberLink = absolute(`/join/${staff.joinCode}`);
  const privateLink = token ? absolute(`/s/${encodeURIComponent(sessionId)}#key=${token}`) : null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('invite.title')}</h2>
      <p className="muted" id={`${id}-code-label`}>{t('invite.codeLabel')}</p>
      <p className="join-code" aria-labelledby={`${id}-code-label`} data-testid="join-code">
        {formatJoinCode(staff.joinCode)}
      </p>
      <p className="hint">{t('invite.howTo', { address: `${window.location.host}/join` })}</p>
      <CopyField label={t('invite.memberLink')} value={memberLink} />
      <CoFacilitatorLink sessionId={sessionId} token={token} />
      {privateLink ? (
        <div className="private-link">
          <button type="button" className="quiet" aria-expanded={showPrivate} aria-controls={`${id}-private`} onClick={() => setShowPrivate((s) => !s)}>
            {showPrivate ? t('invite.hidePrivate') : t('invite.showPrivate')}
          </button>
          <div id={`${id}-private`} hidden={!showPrivate}>
            <p className="warning">
              <span aria-hidden="true">⚠ </span>
              {t('invite.privateWarning')}
            </p>
            {showPrivate ? <CopyField label={t('invite.privateLink')} value={privateLink} /> : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}

/**
 * The server keeps only a hash of the invite, so the link is shown from this
 * browser's memory; on another device, staff make a new one (the old one stops working).
 */
function CoFacilitatorLink({ sessionId, token }: { sessionId: string; token: string | undefined }) {
  const [link, setLink] = useState(() => loadLinks(sessionId)?.coFacilitatorLink || null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  if (link) return <CopyField label={t('invite.coLink')} value={absolute(link)} hint={t('invite.coHint')} testId="cofacilitator-link" />;
  const make = async () => {
    setBusy(true);
    const res = await callApi<NewCoFacilitatorLink>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/cofacilitator-invite`, {}, token);
    setBusy(false);
    if (!res.ok) return setError(errorText(t, res));
    saveCoFacilitatorLink(sessionId, res.data.coFacilitatorLink);
    setLink(res.data.coFacilitatorLink);
  };
  return (
    <div className="field">
      <p className="hint">{t('invite.coMakeHint')}</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void make()}>
        {t('invite.coMake')}
      </button>
      <InlineError message={error} />
    </div>
  );
}

/** A link or code with a Copy button (also on the group page's next session). */
export function CopyField({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const t = useT();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      (document.getElementById(`${id}-input`) as HTMLInputElement | null)?.select();
      setCopied('no');
    }
    window.setTimeout(() => setCopied(null), 4000);
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-input`}>{label}</label>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      <div className="copy-row">
        <input id={`${id}-input`} readOnly value={value} aria-describedby={hint ? `${id}-hint` : undefined} data-testid={testId} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={() => void copy()} aria-label={t('invite.copyLabel', { label })}>
          {t('invite.copy')}
        </button>
      </div>
      <p className="copy-status" role="status" aria-live="polite">
        {copied === 'yes' ? t('invite.copied') : copied === 'no' ? t('invite.copyFailed') : ''}
      </p>
    </div>
  );
}
