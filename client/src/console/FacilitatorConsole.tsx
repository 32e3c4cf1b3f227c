import { useRoom, useRoomStore, useServerNow } from '../room/useRoom';
import { formatClock } from '../ui/format';
import { Page } from '../ui/Page';
import { PanelBoundary } from '../ui/PanelBoundary';
import { consolePanels } from './ConsolePanels';
import '../styles/console.css';

/** The facilitator's console: a header with the session clock, then the panels from ConsolePanels.tsx. */
export function FacilitatorConsole() {
  const { view } = useRoom();
  const store = useRoomStore();
  if (!view) return null;
  const role = view.me.role === 'cofacilitator' ? 'co-facilitator' : 'facilitator';
  return (
    <Page title={view.session.groupName} wide>
      <div className="room-head console-head">
        <div>
          <h1>{view.session.groupName}</h1>
          <p className="muted">
            Facilitator console · you are {view.me.name} ({role})
          </p>
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
  const go = (id: string) => (e: React.MouseEvent) => {
    const target = document.getElementById(`panel-${id}`);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <nav className="console-nav" aria-label="Console sections">
      <span className="muted">Go to</span>
      <ul>
        {consolePanels
          .filter((p) => p.nav)
          .map((p) => (
            <li key={p.id}>
              <a href={`#panel-${p.id}`} onClick={go(p.id)}>
                {p.nav}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function SessionClock({ startedAt }: { startedAt: number }) {
  const now = useServerNow();
  return (
    <p className="session-clock">
      <span className="muted">Session time</span>{' '}
      <span role="timer" aria-label="Session time" className="clock-digits">
        {formatClock(now - startedAt)}
      </span>
    </p>
  );
}
