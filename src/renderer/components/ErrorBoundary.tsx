import { Component, type ReactNode } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { t, type MessageKey } from '../../core/i18n/messages';
import { SeverityIcon } from './icons';

interface Props {
  lang: Lang;
  /** What failed, in the user's words: `{detail}` receives the error's message. */
  message: MessageKey;
  /** The button that recovers: retry (render again) or reload the window. */
  recover: 'retry' | 'reload';
  /** A change of this value (another draft opened) renders the children again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Keeps a rendering error in one part of the window from blanking all of it: the part is
 * replaced by a message saying what failed and a way back. Data from other people (a review
 * file) reaches the components, so an unexpected shape must cost a panel, never the window.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { lang, message, recover } = this.props;
    return (
      <div className="jk-banner jk-boundary" role="alert" data-testid="error-boundary">
        <SeverityIcon severity="error" />
        <span className="jk-banner-text">{t(lang, message, { detail: error.message })}</span>
        <button
          type="button"
          className="jk-button"
          data-testid="error-boundary-recover"
          onClick={() => (recover === 'retry' ? this.setState({ error: null }) : window.location.reload())}
        >
          {t(lang, recover === 'retry' ? 'app.boundary.retry' : 'app.boundary.reload')}
        </button>
      </div>
    );
  }
}
