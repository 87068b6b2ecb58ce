import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called by "Reload view": the parent remounts the view. */
  onReload(): void;
}

interface State {
  error: Error | null;
}

/** Catches a crash in a view and shows a readable message instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Message and component stack only: never archive content.
    console.error('View crashed:', error.message, info.componentStack);
  }

  private readonly reload = () => {
    this.setState({ error: null });
    this.props.onReload();
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <section className="crash" role="alert" aria-labelledby="crash-title">
        <h2 id="crash-title">This view stopped working</h2>
        <p>
          Something unexpected happened while showing this part of the app. Your data is safe: nothing was
          changed.
        </p>
        <p className="crash-detail">Details: {this.state.error.message || 'unknown error'}</p>
        <button type="button" className="button primary" onClick={this.reload}>
          Reload view
        </button>
      </section>
    );
  }
}
