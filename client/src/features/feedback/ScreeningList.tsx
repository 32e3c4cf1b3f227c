import { useId, useState } from 'react';
import { NOTE_MAX } from '../../../../shared/feedback/feedback-state';
import type { StaffItem } from '../../../../shared/feedback/feedback-views';
import type { ClientView } from '../../../../shared/session/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { recipientName } from './feedback-text';
import { ItemParts } from './ItemParts';
import { useT } from '../../i18n/useT';

const STATUS_WORDS: Record<StaffItem['status'], string> = {
  pending: 'Not read yet',
  approved: 'Approved',
  heldBack: 'Held back',
};

/** Every submitted item, for staff to approve or hold back (with an optional private note to its writer). */
export function ScreeningList({ view, items, labels, locked }: { view: ClientView; items: Record<string, StaffItem>; labels: string[]; locked: boolean }) {
  const entries = Object.entries(items);
  if (entries.length === 0) return <p className="muted">No items yet.</p>;
  return (
    <ol className="fb-items fb-screening" aria-label="Items to screen">
      {entries.map(([itemId, item], i) => (
        <ScreeningItem key={itemId} itemId={itemId} item={item} n={i + 1} labels={labels} view={view} locked={locked} />
      ))}
    </ol>
  );
}

function ScreeningItem({ itemId, item, n, labels, view, locked }: { itemId: string; item: StaffItem; n: number; labels: string[]; view: ClientView; locked: boolean }) {
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const [note, setNote] = useState(item.note ?? '');
  const from = item.giverName ?? 'anonymous';
  const who = `item ${n} (from ${from})`;
  return (
    <li className={`fb-item fb-status-${item.status}`}>
      <p className="fb-from">
        Item {n}: from {from}, to {recipientName(t, view, item.recipient)} · <strong>{STATUS_WORDS[item.status]}</strong>
      </p>
      <ItemParts parts={item.parts} labels={labels} />
      {locked ? (
        item.note ? <p className="fb-note">Your note to the writer: {item.note}</p> : null
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-note`}>Private note to the writer if held back (optional)</label>
            <input id={`${id}-note`} maxLength={NOTE_MAX} value={note} placeholder="Let's talk about this one." onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="actions">
            <button
              type="button"
              className={item.status === 'approved' ? 'primary small' : 'secondary small'}
              aria-label={`Approve ${who}`}
              aria-pressed={item.status === 'approved'}
              disabled={cmd.pending}
              onClick={() => void cmd.run('feedback:screen', { itemId, decision: 'approve' })}
            >
              Approve
            </button>
            <button
              type="button"
              className={item.status === 'heldBack' ? 'primary small' : 'secondary small'}
              aria-label={`Hold back ${who}`}
              aria-pressed={item.status === 'heldBack'}
              disabled={cmd.pending}
              onClick={() => void cmd.run('feedback:screen', { itemId, decision: 'holdBack', ...(note.trim() ? { note: note.trim() } : {}) })}
            >
              Hold back
            </button>
          </div>
        </>
      )}
      <InlineError message={cmd.error} />
    </li>
  );
}
