import { useId, useState } from 'react';
import { NOTE_MAX } from '../../../../shared/feedback/limits';
import type { StaffItem } from '../../../../shared/feedback/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { recipientName } from './feedback-text';
import { ItemParts } from './ItemParts';
import { useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';
import { useFeedback } from './useFeedback';

const STATUS_WORDS: Record<StaffItem['status'], MessageId> = {
  pending: 'fbScreen.pending',
  approved: 'fbScreen.approved',
  heldBack: 'fbScreen.heldBack',
};

/** Every submitted item, for staff to approve or hold back (with an optional private note to its writer). */
export function ScreeningList({ items, labels, locked }: { items: Record<string, StaffItem>; labels: string[]; locked: boolean }) {
  const entries = Object.entries(items);
  const t = useT();
  if (entries.length === 0) return <p className="muted">{t('fbScreen.noItems')}</p>;
  return (
    <ol className="fb-items fb-screening" aria-label={t('fbScreen.label')}>
      {entries.map(([itemId, item], i) => (
        <ScreeningItem key={itemId} itemId={itemId} item={item} n={i + 1} labels={labels} locked={locked} />
      ))}
    </ol>
  );
}

function ScreeningItem({ itemId, item, n, labels, locked }: { itemId: string; item: StaffItem; n: number; labels: string[]; locked: boolean }) {
  const fb = useFeedback()!;
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  const [note, setNote] = useState(item.note ?? '');
  const [noteOpen, setNoteOpen] = useState(item.note !== null);
  const from = item.giverName ?? t('fbScreen.anonymous');
  return (
    <li className={`fb-item fb-status-${item.status}`}>
      <p className="fb-from">
        {t('fbScreen.item', { n, from, to: recipientName(t, fb, item.recipient) })} · <strong>{t(STATUS_WORDS[item.status])}</strong>
      </p>
      <ItemParts parts={item.parts} labels={labels} />
      {locked ? (
        item.note ? <p className="fb-note">{t('fbScreen.yourNote', { note: item.note })}</p> : null
      ) : (
        <>
          {/* Folded until wanted: most items need no note, and a field under each one is noise. */}
          {noteOpen ? (
            <div className="field">
              <label htmlFor={`${id}-note`}>{t('fbScreen.noteLabel')}</label>
              <input id={`${id}-note`} maxLength={NOTE_MAX} value={note} placeholder={t('fbScreen.notePlaceholder')} onChange={(e) => setNote(e.target.value)} autoFocus />
            </div>
          ) : (
            <button type="button" className="quiet small" aria-expanded={false} onClick={() => setNoteOpen(true)}>
              {t('fbScreen.addNote')}
            </button>
          )}
          <div className="actions">
            <button
              type="button"
              className={item.status === 'approved' ? 'primary small' : 'secondary small'}
              aria-label={t('fbScreen.approveItem', { n, from })}
              aria-pressed={item.status === 'approved'}
              disabled={cmd.pending}
              onClick={() => void cmd.run('feedback:screen', { itemId, decision: 'approve' })}
            >
              {t('fbScreen.approve')}
            </button>
            <button
              type="button"
              className={item.status === 'heldBack' ? 'primary small' : 'secondary small'}
              aria-label={t('fbScreen.holdBackItem', { n, from })}
              aria-pressed={item.status === 'heldBack'}
              disabled={cmd.pending}
              onClick={() => void cmd.run('feedback:screen', { itemId, decision: 'holdBack', ...(note.trim() ? { note: note.trim() } : {}) })}
            >
              {t('fbScreen.holdBack')}
            </button>
          </div>
        </>
      )}
      <InlineError message={cmd.error} />
    </li>
  );
}
