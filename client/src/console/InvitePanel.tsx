import { useId, useState } from 'react';
import { formatJoinCode } from '../../../shared/ids';
import type { NewCoFacilitatorLink } from '../../../shared/protocol';
import { callApi } from '../app/api';
import { loadCredential, loadLinks, saveCoFacilitatorLink } from '../app/credentials';
import { InlineError } from '../ui/InlineError';
import { useRoom } from '../room/useRoom';

function absolute(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/** How people get in: the join code (large), the member link, the co-facilitator link, and this person's private link. */
export function InvitePanel() {
  const { view } = useRoom();
  const id = useId();
  const [showPrivate, setShowPrivate] = useState(false);
  const staff = view?.shared?.staff;
  if (!view || !staff) return null;
  const sessionId = view.session.id;
  const token = loadCredential(sessionId)?.token;
  const memberLink = absolute(`/join/${staff.joinCode}`);
  const privateLink = token ? absolute(`/s/${encodeURIComponent(sessionId)}#key=${token}`) : null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Invite people</h2>
      <p className="muted" id={`${id}-code-label`}>Join code for members</p>
      <p className="join-code" aria-labelledby={`${id}-code-label`} data-testid="join-code">
        {formatJoinCode(staff.joinCode)}
      </p>
      <p className="hint">Members open {window.location.host}/join and type the code, or use the link.</p>
      <CopyField label="Member invite link" value={memberLink} />
      <CoFacilitatorLink sessionId={sessionId} token={token} />
      {privateLink ? (
        <div className="private-link">
          <button type="button" className="quiet" aria-expanded={showPrivate} aria-controls={`${id}-private`} onClick={() => setShowPrivate((s) => !s)}>
            {showPrivate ? 'Hide my private link' : 'Show my private link'}
          </button>
          <div id={`${id}-private`} hidden={!showPrivate}>
            <p className="warning">
              <span aria-hidden="true">⚠ </span>Keep this link private. Anyone who has it can run this session as you. Use it to come back from another device.
            </p>
            {showPrivate ? <CopyField label="My private facilitator link" value={privateLink} /> : null}
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
  const hint = 'Send it only to your co-facilitator: it gives the same controls as yours.';
  if (link) return <CopyField label="Co-facilitator invite link" value={absolute(link)} hint={hint} testId="cofacilitator-link" />;
  const make = async () => {
    setBusy(true);
    const res = await callApi<NewCoFacilitatorLink>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/cofacilitator-invite`, {}, token);
    setBusy(false);
    if (!res.ok) return setError(res.message);
    saveCoFacilitatorLink(sessionId, res.data.coFacilitatorLink);
    setLink(res.data.coFacilitatorLink);
  };
  return (
    <div className="field">
      <p className="hint">Co-facilitator link: make one to invite a co-therapist. Any earlier co-facilitator link stops working.</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void make()}>
        Make a co-facilitator link
      </button>
      <InlineError message={error} />
    </div>
  );
}

function CopyField({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
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
        <button type="button" className="secondary" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
      </div>
      <p className="copy-status" role="status" aria-live="polite">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Could not copy: the link is selected, copy it with your keyboard.' : ''}
      </p>
    </div>
  );
}
