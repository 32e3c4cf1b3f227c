import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  /** Which panel this is; reported to the server (never any content). */
  panel: string;
  /** The view it renders: a panel that broke tries again when a new one arrives (a resync brings one). */
  view: unknown;
  /** Called once per failure: the store reports it and asks for the whole view again. */
  onFault: (panel: string) => void;
  children: ReactNode;
}

interface State {
  /** The view it failed on (undefined while not failed). */
  failedOn: unknown;
  failed: boolean;
}

/**
 * One panel that cannot render shows a short note instead of blanking the whole
 * page: everything else stays usable. It tries again when a fresh view arrives.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { failedOn: undefined, failed: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true, failedOn: undefined };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.failed && state.failedOn === undefined) return { failedOn: props.view };
    if (state.failed && props.view !== state.failedOn) return { failed: false, failedOn: undefined };
    return null;
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    this.props.onFault(this.props.panel);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="card panel-fault" role="status" aria-live="polite">
        <PanelFaultText />
      </section>
    );
  }
}

/** A function component, so the class boundary can still speak the reader's language. */
function PanelFaultText() {
  const t = useT();
  return <p>{t('panel.fault')}</p>;
}
