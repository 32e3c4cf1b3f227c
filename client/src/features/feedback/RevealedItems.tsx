import type { RevealedItem } from '../../../../shared/feedback/views';
import { mayResonate } from '../../../../shared/feedback/rules';
import { InlineError } from '../../ui/InlineError';
import { ShowMarksSwitch } from './ShowMarksSwitch';
import { useCommand } from '../../ui/useCommand';
import { nameOf, recipientName } from './feedback-text';
import { ItemParts } from './ItemParts';
import { useLocale, useT } from '../../i18n/useT';
import { formatList } from '../../ui/format';
import { useFeedback } from './useFeedback';

/** The approved items, grouped by recipient, with resonance marks; the recipient can mark or unmark. */
export function RevealedItems({ items, labels }: { items: Record<string, RevealedItem>; labels: string[] }) {
  const fb = useFeedback()!;
  const t = useT();
  const groups = new Map<string, Array<[string, RevealedItem]>>();
  for (const [id, item] of Object.entries(items)) {
    const list = groups.get(item.recipient) ?? [];
    list.push([id, item]);
    groups.set(item.recipient, list);
  }
  if (groups.size === 0) return <p>{t('feedback.noneShared')}</p>;
  const canMarkAny = fb.me.role === 'member' && Object.values(items).some((i) => mayResonate(i, fb.me.id));
  return (
    <div className="fb-revealed">
      {canMarkAny ? <ShowMarksSwitch shown={fb.mine?.marksShared ?? false} /> : null}
      {[...groups].map(([recipient, list]) => (
        <section key={recipient} className="fb-recipient" aria-label={t('feedback.sharedFor', { name: recipientName(t, fb, recipient) })}>
          <h3>{recipient === fb.me.id ? t('feedback.forYou') : t('feedback.for', { name: recipientName(t, fb, recipient) })}</h3>
          <ul className="fb-items">
            {list.map(([id, item]) => (
              <RevealedCard key={id} id={id} item={item} labels={labels} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function RevealedCard({ id, item, labels }: { id: string; item: RevealedItem; labels: string[] }) {
  const fb = useFeedback()!;
  const cmd = useCommand();
  const t = useT();
  const locale = useLocale();
  const me = fb.me.id;
  const canMark = fb.me.role === 'member' && mayResonate(item, me);
  // My own marks come from my view: the group sees them only if I chose to show them.
  const mine = fb.mine?.marked?.includes(id) ?? false;
  // Display names are unique in a session, so a named item whose name is mine is mine.
  const ownAnonymous = item.giverName === null && fb.mine?.mine[id] !== undefined;
  const from =
    item.giverName === null
      ? ownAnonymous
        ? t('feedback.fromAnonymousYours')
        : t('feedback.fromAnonymous')
      : item.giverName === fb.me.name
        ? t('feedback.fromYou', { name: item.giverName })
        : t('feedback.from', { name: item.giverName });
  // The recipient's own mark shows on their toggle; the line names everyone else who marked.
  const markers = item.resonates.filter((id) => !(canMark && id === me)).map((id) => (id === me ? t('common.you') : nameOf(t, fb, id)));
  return (
    <li className="fb-item">
      <p className="fb-from">{from}</p>
      <ItemParts parts={item.parts} labels={labels} />
      <p className="fb-resonates" aria-live="polite">
        {markers.length > 0 ? (
          <>
            <span aria-hidden="true">✓ </span>{t('feedback.resonatesWith', { names: formatList(markers, locale) })}
          </>
        ) : null}
      </p>
      {canMark ? (
        <button
          type="button"
          className={mine ? 'secondary small' : 'quiet small'}
          aria-pressed={mine}
          disabled={cmd.pending}
          onClick={() => void cmd.run('feedback:resonate', { itemId: id, resonates: !mine })}
        >
          <span aria-hidden="true">{mine ? '✓ ' : ''}</span>{t('feedback.resonatesWithMe')}
        </button>
      ) : null}
      <InlineError message={cmd.error} />
    </li>
  );
}
