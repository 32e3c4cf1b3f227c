import { useEffect, useId, useRef, useState } from 'react';
import { PART_MAX } from '../../../../shared/feedback/limits';
import type { FeedbackRoundView, MyItem } from '../../../../shared/feedback/views';
import { useSend } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { otherMembers } from './feedback-text';
import { useT } from '../../i18n/useT';
import { useFeedback } from './useFeedback';

/** How long typing pauses before the draft is saved on the server. */
const SAVE_AFTER_MS = 800;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Writing one item: a text box per template part with a character counter, the
 * recipient picker in member-to-member rounds, the draft saved privately on the
 * server as the member types (so it survives a reload), then "Send feedback".
 */
export function Composer({ round, mine }: { round: FeedbackRoundView; mine: Record<string, MyItem> }) {
  const id = useId();
  const send = useSend();
  const cmd = useCommand();
  const t = useT();
  const fb = useFeedback()!;
  const serverDraft = fb.mine?.draft ?? null;
  const blank = () => round.labels.map(() => '');
  // Start from the saved draft once per round; after that the text boxes are the truth.
  const [parts, setParts] = useState<string[]>(() => serverDraft?.parts ?? blank());
  const [recipient, setRecipient] = useState<string>(() => serverDraft?.recipient ?? '');
  const [save, setSave] = useState<SaveState>('idle');
  const timer = useRef<number | undefined>(undefined);
  const seeded = useRef(serverDraft !== null);

  // A draft that arrives after the first render (slow connection) fills empty boxes once.
  useEffect(() => {
    if (!seeded.current && serverDraft) {
      seeded.current = true;
      setParts(serverDraft.parts);
      setRecipient(serverDraft.recipient ?? '');
    }
  }, [serverDraft]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const given = new Set(Object.values(mine).map((m) => m.recipient));
  const choices = otherMembers(fb, fb.me.id).filter((m) => !given.has(m.id));

  const schedule = (nextParts: string[], nextRecipient: string) => {
    seeded.current = true;
    window.clearTimeout(timer.current);
    setSave('saving');
    timer.current = window.setTimeout(async () => {
      const ack = await send('feedback:saveDraft', { recipient: nextRecipient || null, parts: nextParts }).catch(() => ({ ok: false }));
      setSave(ack.ok ? 'saved' : 'failed');
    }, SAVE_AFTER_MS);
  };

  const change = (i: number, text: string) => {
    const next = parts.map((p, j) => (j === i ? text.slice(0, PART_MAX) : p));
    setParts(next);
    schedule(next, recipient);
  };

  const submit = async () => {
    window.clearTimeout(timer.current);
    const ack = await cmd.run('feedback:submit', { recipient: round.mode === 'pairs' ? recipient || null : null, parts });
    if (ack.ok) {
      setParts(blank());
      setRecipient('');
      setSave('idle');
    }
  };

  const empty = parts.every((p) => p.trim() === '');
  const needsRecipient = round.mode === 'pairs' && !recipient;

  if (round.mode === 'pairs' && choices.length === 0) {
    return <p>{t('composer.wroteToAll')}</p>;
  }

  return (
    <form
      className="fb-composer"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-title`}>{t('composer.title')}</h3>
      <p className="muted">{t('composer.private')}</p>
      {round.mode === 'pairs' ? (
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('composer.for')}</label>
          <select
            id={`${id}-to`}
            value={recipient}
            onChange={(e) => {
              setRecipient(e.target.value);
              schedule(parts, e.target.value);
            }}
          >
            <option value="">{t('composer.chooseMember')}</option>
            {choices.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {round.labels.map((label, i) => {
        const left = PART_MAX - (parts[i] ?? '').length;
        return (
          <div className="field" key={i}>
            <label htmlFor={`${id}-p${i}`} dir="auto">
              {label}
            </label>
            <textarea
              id={`${id}-p${i}`}
              rows={3}
              dir="auto"
              maxLength={PART_MAX}
              value={parts[i] ?? ''}
              aria-describedby={`${id}-c${i}`}
              onChange={(e) => change(i, e.target.value)}
            />
            <p id={`${id}-c${i}`} className={left < 50 ? 'fb-counter fb-counter-low' : 'fb-counter'}>
              {left < 50 ? t('composer.countLow', { used: (parts[i] ?? '').length, max: PART_MAX, left }) : t('composer.count', { used: (parts[i] ?? '').length, max: PART_MAX })}
            </p>
          </div>
        );
      })}
      <div className="fb-actions">
        <button type="submit" className="primary" disabled={cmd.pending || empty || needsRecipient}>
          {t('composer.send')}
        </button>
        <span className="muted fb-save" role="status" aria-live="polite">
          {save === 'saving' ? t('composer.saving') : save === 'saved' ? t('composer.saved') : save === 'failed' ? t('composer.saveFailed') : ''}
        </span>
      </div>
      {empty ? <p className="muted">{t('composer.writeOne')}</p> : needsRecipient ? <p className="muted">{t('composer.chooseWho')}</p> : null}
      <InlineError message={cmd.error} />
    </form>
  );
}
