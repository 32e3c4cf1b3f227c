import type { RevealedItem } from '../../../../shared/feedback/feedback-views';
import { mayResonate } from '../../../../shared/feedback/feedback-rules';
import type { ClientView } from '../../../../shared/session/views';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { nameOf, recipientName } from './feedback-text';
import { ItemParts } from './ItemParts';

/** The approved items, grouped by recipient, with resonance marks; the recipient can mark or unmark. */
export function RevealedItems({ view, items, labels }: { view: ClientView; items: Record<string, RevealedItem>; labels: string[] }) {
  const groups = new Map<string, Array<[string, RevealedItem]>>();
  for (const [id, item] of Object.entries(items)) {
    const list = groups.get(item.recipient) ?? [];
    list.push([id, item]);
    groups.set(item.recipient, list);
  }
  if (groups.size === 0) return <p>No feedback was shared in this round.</p>;
  return (
    <div className="fb-revealed">
      {[...groups].map(([recipient, list]) => (
        <section key={recipient} className="fb-recipient" aria-label={`Shared feedback for ${recipientName(view, recipient)}`}>
          <h3>For {recipient === view.me.id ? 'you' : recipientName(view, recipient)}</h3>
          <ul className="fb-items">
            {list.map(([id, item]) => (
              <RevealedCard key={id} id={id} item={item} labels={labels} view={view} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function RevealedCard({ id, item, labels, view }: { id: string; item: RevealedItem; labels: string[]; view: ClientView }) {
  const cmd = useCommand();
  const me = view.me.id;
  const canMark = view.me.role === 'member' && mayResonate(item, me);
  const mine = item.resonates.includes(me);
  // Display names are unique in a session, so a named item whose name is mine is mine.
  const ownAnonymous = item.giverName === null && view.me.feedback?.mine[id] !== undefined;
  const from =
    item.giverName === null
      ? ownAnonymous
        ? 'anonymous (yours: only you can see that)'
        : 'anonymous'
      : item.giverName === view.me.name
        ? `${item.giverName} (you)`
        : item.giverName;
  // The recipient's own mark shows on their toggle; the line names everyone else who marked.
  const markers = item.resonates.filter((id) => !(canMark && id === me)).map((id) => (id === me ? 'you' : nameOf(view, id)));
  return (
    <li className="fb-item">
      <p className="fb-from">From {from}</p>
      <ItemParts parts={item.parts} labels={labels} />
      <p className="fb-resonates" aria-live="polite">
        {markers.length > 0 ? (
          <>
            <span aria-hidden="true">✓ </span>Resonates with {markers.join(', ')}
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
          <span aria-hidden="true">{mine ? '✓ ' : ''}</span>Resonates with me
        </button>
      ) : null}
      <InlineError message={cmd.error} />
    </li>
  );
}
