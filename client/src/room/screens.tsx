import { useT } from '../i18n/useT';
import { Link } from '../ui/Link';
import { Page } from '../ui/Page';

/** Whole-page states of the room: not yet in, no longer in, or over. Calm words, one next step. */

export function ConnectingScreen() {
  const t = useT();
  return (
    <Page>
      <p className="center-note" role="status">{t('screen.connecting')}</p>
    </Page>
  );
}

export function WaitingScreen({ groupName, name }: { groupName: string; name: string }) {
  const t = useT();
  return (
    <Page title={groupName}>
      <section className="card notice" aria-labelledby="waiting-title">
        <h1 id="waiting-title">{t('screen.waitingTitle')}</h1>
        <p role="status">{t('screen.waitingBody', { name })}</p>
      </section>
    </Page>
  );
}

const OUTSIDE = {
  removed: { title: 'screen.removedTitle', body: 'screen.removedBody' },
  declined: { title: 'screen.declinedTitle', body: 'screen.declinedBody' },
  unknown: { title: 'screen.outsideTitle', body: 'screen.outsideBody' },
} as const;

export function OutsideScreen({ admission }: { admission: keyof typeof OUTSIDE }) {
  const t = useT();
  const { title, body } = OUTSIDE[admission];
  return (
    <Page>
      <section className="card notice" aria-labelledby="outside-title">
        <h1 id="outside-title">{t(title)}</h1>
        <p role="status">{t(body)}</p>
      </section>
    </Page>
  );
}

/** The end, for members: thanks, when the group meets next and where to find support meanwhile, as the facilitators wrote them. */
export function EndedScreen({ groupName, closing }: { groupName: string; closing?: { nextSession?: string; support?: string } }) {
  const t = useT();
  return (
    <Page title={groupName}>
      <section className="card notice" aria-labelledby="ended-title">
        <h1 id="ended-title">{t('screen.endedTitle')}</h1>
        <p role="status">{t('screen.endedThanks', { group: groupName })}</p>
        {closing?.nextSession ? (
          <>
            <h2 className="subhead">{t('screen.nextSession')}</h2>
            <p className="closing-text" dir="auto" data-testid="closing-next">{closing.nextSession}</p>
          </>
        ) : null}
        {closing?.support ? (
          <>
            <h2 className="subhead">{t('screen.support')}</h2>
            <p className="closing-text" dir="auto" data-testid="closing-support">{closing.support}</p>
          </>
        ) : null}
        <p className="muted">{t('screen.endedClose')}</p>
      </section>
    </Page>
  );
}

export function LeftScreen() {
  const t = useT();
  return (
    <Page>
      <section className="card notice" aria-labelledby="left-title">
        <h1 id="left-title">{t('screen.leftTitle')}</h1>
        <p role="status">
          {t('screen.leftBody')} <Link href="/join">{t('screen.joinAgain')}</Link>
        </p>
      </section>
    </Page>
  );
}

export function NoAccessScreen({ reason }: { reason: 'missing' | 'unknown' }) {
  const t = useT();
  return (
    <Page>
      <section className="card notice" aria-labelledby="noaccess-title">
        <h1 id="noaccess-title">{t('screen.noAccessTitle')}</h1>
        <p>
          {reason === 'missing' ? t('screen.noAccessMissing') : t('screen.noAccessUnknown')}{' '}
          <Link href="/join">{t('screen.enterCode')}</Link>
        </p>
      </section>
    </Page>
  );
}
