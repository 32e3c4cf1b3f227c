import { useId, useState } from 'react';
import type { ComponentType } from 'react';
import { useRoom, useRoomStore, useServerNow } from '../room/useRoom';
import { CountdownNote } from '../features/programme/CountdownNote';
import { ProgrammePlace } from '../features/programme/ProgrammePlace';
import { formatClock } from '../ui/format';
import { Page } from '../ui/Page';
import { PanelBoundary } from '../ui/PanelBoundary';
import { consolePanels } from './ConsolePanels';
import type { ConsolePanel } from './ConsolePanels';
import { ArrivalSoundToggle, WaitingAlert } from './WaitingAlert';
import { ActivityStarter } from './ActivityStarter';
import { PlannedEndClock } from './PlannedEndPanel';
import { CONSOLE_LAYOUTS, LAYOUT_ORDER, firstScreen, initialLayout, rememberLayout } from './console-layouts';
import type { ConsoleLayout } from './console-layouts';
import { jumpTo } from './jump';
import { LOCALES } from '../i18n/i18n';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { ROLE_WORD } from '../features/talk/talk-format';
import { useLocale, useT } from '../i18n/useT';
import '../styles/console.css';
import './console-layout.css';

/** Panels the layouts can place besides the features' own. */
const LAYOUT_ONLY: Record<string, ComponentType> = { 'start-activity': ActivityStarter };

/**
 * The facilitator's console: waiting arrivals, a compact header with the clocks,
 * the layout switch, the layout's first screen, then every other panel below.
 */
export function FacilitatorConsole() {
  const { view } = useRoom();
  const t = useT();
  const [layout, setLayout] = useState<ConsoleLayout>(() => initialLayout(view?.me.role ?? 'facilitator'));
  if (!view) return null;
  const language = LOCALES.find((l) => l.code === view.session.language)?.name ?? view.session.language;
  const first = firstScreen(layout, view);
  const onFirst = new Set(first.flat());
  const below = consolePanels.filter((p) => p.column !== 'top' && !onFirst.has(p.id));
  const choose = (next: ConsoleLayout) => {
    setLayout(next);
    rememberLayout(next);
  };
  return (
    <Page title={view.session.groupName} wide>
      <WaitingAlert />
      <div className="room-head console-head">
        <div>
          <h1>{view.session.groupName}</h1>
          <ProgrammePlace>
            <CountdownNote />
          </ProgrammePlace>
          <p className="muted console-who">
            <span>{t('console.youAre', { name: view.me.name, role: t(ROLE_WORD[view.me.role]) })}</span>
            <span aria-hidden="true"> · </span>
            <span data-testid="group-language">{t('console.language', { language })}</span>
          </p>
        </div>
        <div className="console-clocks">
          <SessionClock startedAt={view.session.startedAt} />
          <PlannedEndClock />
        </div>
        <div className="console-prefs">
          <LanguagePicker />
          <ArrivalSoundToggle />
        </div>
      </div>
      <LayoutSwitch layout={layout} onChange={choose} />
      <ConsoleNav order={[...first.flat(), ...below.map((p) => p.id)]} />
      {consolePanels
        .filter((p) => p.column === 'top')
        .map((p) => (
          <Slot key={p.id} panel={p} />
        ))}
      <div className={`console-first console-first-${first.length}`} data-testid={`layout-${layout}`}>
        {first.map((column, i) => (
          <div className="console-col" key={i}>
            {column.map((id) => (
              <Slot key={id} panel={panelById(id)} />
            ))}
          </div>
        ))}
      </div>
      <h2 className="console-more">{t('console.more')}</h2>
      <div className="console-grid">
        {(['main', 'side'] as const).map((column) => (
          <div className="console-col" key={column}>
            {below
              .filter((p) => p.column === column)
              .map((p) => (
                <Slot key={p.id} panel={p} />
              ))}
          </div>
        ))}
      </div>
    </Page>
  );
}

function panelById(id: string): ConsolePanel {
  const Component = LAYOUT_ONLY[id];
  return Component ? { id, column: 'main', Component } : consolePanels.find((p) => p.id === id)!;
}

function Slot({ panel: { id, Component } }: { panel: ConsolePanel }) {
  const { view } = useRoom();
  const store = useRoomStore();
  if (!view) return null;
  return (
    <div id={`panel-${id}`} className="console-slot" tabIndex={-1}>
      <PanelBoundary panel={id} view={view} onFault={store.reportFault}>
        <Component />
      </PanelBoundary>
    </div>
  );
}

/** Two ways to arrange the console; the choice is kept on this device. */
function LayoutSwitch({ layout, onChange }: { layout: ConsoleLayout; onChange: (l: ConsoleLayout) => void }) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="choices layout-switch">
      <legend className="visually-hidden">{t('console.layout')}</legend>
      {LAYOUT_ORDER.map((l) => (
        <label key={l} className="choice">
          <input type="radio" name={`${id}-layout`} value={l} checked={layout === l} onChange={() => onChange(l)} />
          {t(CONSOLE_LAYOUTS[l].label)}
        </label>
      ))}
    </fieldset>
  );
}

/** A bar of links to jump to each panel (and focus it, for keyboards), in the order of the page. It wraps on a phone. */
function ConsoleNav({ order }: { order: string[] }) {
  const t = useT();
  const links = order.map((id) => consolePanels.find((p) => p.id === id)).filter((p): p is ConsolePanel => !!p?.nav);
  return (
    <nav className="console-nav" aria-label={t('console.sections')}>
      <span className="muted">{t('console.goTo')}</span>
      <ul>
        {links.map((p) => (
          <li key={p.id}>
            <a href={`#panel-${p.id}`} onClick={jumpTo(p.id)}>
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
