import type { ClientView } from '../../../shared/domain/view-types';
import type { Role } from '../../../shared/session/state';
import type { MessageId } from '../i18n/useT';

/**
 * What each console layout brings to the first screen. "Run the session" puts
 * the live work side by side at 1280×800: the floor and queue, whatever activity
 * is open (a check-in, a feedback round, a go-around; otherwise a way to start
 * one), and who is here or waiting. "Tracker and notes" is the co-therapist's:
 * who is speaking next to the shared notes. Every other panel follows below, so
 * a layout changes where things are, never whether they can be reached.
 */
export type ConsoleLayout = 'run' | 'track';

export interface Placement {
  /** A panel id from ConsolePanels.tsx, or `start-activity` (the layout's own "start something" card). */
  id: string;
  /** Shown on the first screen only while this holds; otherwise the panel stays in its place below. */
  when?: (view: ClientView) => boolean;
}

export interface LayoutSpec {
  label: MessageId;
  /** Columns of the first screen, left to right (top to bottom on a phone). */
  columns: Placement[][];
}

const checkinOpen = (v: ClientView) => !!v.shared?.checkin;
const feedbackOpen = (v: ClientView) => !!v.shared?.feedback.round;
const goAroundOn = (v: ClientView) => !!v.shared?.turns.goAround;

export const CONSOLE_LAYOUTS: Record<ConsoleLayout, LayoutSpec> = {
  run: {
    label: 'console.layoutRun',
    columns: [
      [{ id: 'turns' }],
      [
        { id: 'checkins', when: checkinOpen },
        { id: 'feedback', when: feedbackOpen },
        { id: 'go-around', when: goAroundOn },
        { id: 'start-activity', when: (v) => !checkinOpen(v) && !feedbackOpen(v) && !goAroundOn(v) },
      ],
      [{ id: 'people' }],
    ],
  },
  track: {
    label: 'console.layoutTrack',
    columns: [[{ id: 'talktime' }, { id: 'map' }], [{ id: 'notes' }]],
  },
};

export const LAYOUT_ORDER: readonly ConsoleLayout[] = ['run', 'track'];

/** The panel ids a layout shows on its first screen for this view. */
export function firstScreen(layout: ConsoleLayout, view: ClientView): string[][] {
  return CONSOLE_LAYOUTS[layout].columns.map((column) => column.filter((p) => !p.when || p.when(view)).map((p) => p.id));
}

const STORAGE_KEY = 'attune.consoleLayout';

/** The layout chosen on this device, else the one that fits the role: the co-facilitator tracks and takes notes. */
export function initialLayout(role: Role): ConsoleLayout {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'run' || saved === 'track') return saved;
  } catch {
    // No storage: the role's default.
  }
  return role === 'cofacilitator' ? 'track' : 'run';
}

export function rememberLayout(layout: ConsoleLayout): void {
  try {
    localStorage.setItem(STORAGE_KEY, layout);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
