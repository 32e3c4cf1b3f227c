import { useRoom, useServerNow } from '../room/useRoom';
import { formatClock } from '../ui/format';
import { Page } from '../ui/Page';
import { consolePanels } from './ConsolePanels';
import '../styles/console.css';

/** The facilitator's console: a header with the session clock, then the panels from ConsolePanels.tsx. */
export function FacilitatorConsole() {
  const { view } = useRoom();
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
      <div className="console-grid">
        <div className="console-col">
          {consolePanels.filter((p) => p.column === 'main').map(({ id, Component }) => (
            <Component key={id} />
          ))}
        </div>
        <div className="console-col">
          {consolePanels.filter((p) => p.column === 'side').map(({ id, Component }) => (
            <Component key={id} />
          ))}
        </div>
      </div>
    </Page>
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
