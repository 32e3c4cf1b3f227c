import { Link } from '../ui/Link';
import { Page } from '../ui/Page';

/** Whole-page states of the room: not yet in, no longer in, or over. Calm words, one next step. */

export function ConnectingScreen() {
  return (
    <Page>
      <p className="center-note" role="status">Connecting to the session…</p>
    </Page>
  );
}

export function WaitingScreen({ groupName, name }: { groupName: string; name: string }) {
  return (
    <Page title={groupName}>
      <section className="card notice" aria-labelledby="waiting-title">
        <h1 id="waiting-title">You are in the waiting room</h1>
        <p role="status">
          Thank you, {name}. The facilitator will let you in shortly. You can keep this page open; it updates by itself.
        </p>
      </section>
    </Page>
  );
}

const OUTSIDE = {
  removed: {
    title: 'You were removed from this session',
    body: 'The facilitator removed you from the session. If you think this was a mistake, please contact them directly.',
  },
  declined: {
    title: 'You were not admitted to this session',
    body: 'The facilitator did not admit you this time. If you think this was a mistake, please contact them directly.',
  },
  unknown: {
    title: 'You are no longer part of this session',
    body: 'The facilitator removed you or did not admit you. If you think this was a mistake, please contact them directly.',
  },
} as const;

export function OutsideScreen({ admission }: { admission: keyof typeof OUTSIDE }) {
  const { title, body } = OUTSIDE[admission];
  return (
    <Page>
      <section className="card notice" aria-labelledby="outside-title">
        <h1 id="outside-title">{title}</h1>
        <p role="status">{body}</p>
      </section>
    </Page>
  );
}

export function EndedScreen({ groupName }: { groupName: string }) {
  return (
    <Page title={groupName}>
      <section className="card notice" aria-labelledby="ended-title">
        <h1 id="ended-title">This session has ended</h1>
        <p role="status">Thank you for taking part. You can close this page.</p>
      </section>
    </Page>
  );
}

export function LeftScreen() {
  return (
    <Page>
      <section className="card notice" aria-labelledby="left-title">
        <h1 id="left-title">You left the session</h1>
        <p role="status">
          Take care. To come back, ask your facilitator for the code and <Link href="/join">join again</Link>.
        </p>
      </section>
    </Page>
  );
}

export function NoAccessScreen({ reason }: { reason: 'missing' | 'unknown' }) {
  return (
    <Page>
      <section className="card notice" aria-labelledby="noaccess-title">
        <h1 id="noaccess-title">This browser is not in this session yet</h1>
        <p>
          {reason === 'missing'
            ? 'To take part, join with the code your facilitator gave you.'
            : 'The link you used is not valid for this session any more.'}{' '}
          <Link href="/join">Enter a join code</Link>.
        </p>
      </section>
    </Page>
  );
}
