import { useRoom, useRoomStore, useServerNow } from '../room/useRoom';
import { formatClock } from '../ui/format';
import { Page } from '../ui/Page';
import { PanelBoundary } from '../ui/PanelBoundary';
import { consolePanels } from './ConsolePanels';
import { WaitingAlert } from './WaitingAlert';
import { LOCALES } from '../i18n/i18n';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { ROLE_WORD } from '../features/talktime/talk-format';
import { useLocale, useT } from '../i18n/useT';
import '../styles/console.css';

/** The facilitator's console: a header with the session clock, then the panels from ConsolePanels.tsx. */
export function FacilitatorConsole() {
  const { view } = useRoom();
  const store = useRoomStore();
  const t = useT();
  if (!view) return null;
  const language = LOCALES.find((l) => l.code === view.session.language)?.name ?? view.session.language;
  return (
    <Page title={view.session.groupName} wide>
      <WaitingAlert />
      <LanguagePicker />
      <div className="room-head console-head">
        <div>
          <h1>{view.session.groupName}</h1>
          <p className="muted">{t('console.youAre', { name: view.me.name, role: t(ROLE_WORD[view.me.role]) })}</p>
          <p className="muted" data-testid="group-language">{t('console.language', { language })}</p>
        </div>
        <SessionClock startedAt={view.session.startedAt} />
      </div>
      <ConsoleNav />
      <div className="console-grid">
        {(['main', 'side'] as const).map((column) => (
          <div className="console-col" key={column}>
            {consolePanels
              .filter((p) => p.column === column)
              .map(({ id, Component }) => (
                <div key={id} id={`panel-${id}`} className="console-slot" tabIndex={-1}>
                  <PanelBoundary panel={id} view={view} onFault={store.reportFault}>
                    <Component />
                  </PanelBoundary>
                </div>
              ))}
          </div>
        ))}
      </div>
    </Page>
  );
}

/** The console is long on a phone: a bar of links to jump to each activity (and focus it, for keyboards). */
function ConsoleNav() {
  const t = useT();
  const go = (id: string) => (e: React.MouseEvent) => {
    const target = document.getElementById(`panel-${id}`);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <nav className="console-nav" aria-label={t('console.sections')}>
      <span className="muted">{t('console.goTo')}</span>
      <ul>
        {consolePanels
          .filter((p) => p.nav)
          .map((p) => (
            <li key={p.id}>
              <a href={`#panel-${p.id}`} onClick={go(p.id)}>
                {t(p.nav!)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function SessionClock({ startedAt }: { startedAt: number }) {
  const now = useServerNow();
  const t = useT();
  const locale = useLocale();
  return (
    <p className="session-clock">
      <span className="muted">{t('console.sessionTime')}</span>{' '}
      <span role="timer" aria-label={t('console.sessionTime')} className="clock-digits">
        {formatClock(now - startedAt, locale)}
      </span>
    </p>
  );
}
