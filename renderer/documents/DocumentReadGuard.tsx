import type { DocHandle } from '@automerge/automerge-repo/slim';
import { Component, type ReactNode } from 'react';
import type { DocumentReadProblem } from '../../shared/workshop/documentReadProblem';
import type { ArtefactKind } from '../../shared/workshop/WorkshopDoc';
import { routeHref } from '../app/route';

interface Props {
  kind: ArtefactKind;
  handle: DocHandle<unknown>;
  workshopUrl: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** What the kind's schema says, once its code has loaded. */
  problem?: DocumentReadProblem | null;
}

/**
 * A document that arrived from another laptop in a form this one cannot show opens as a screen
 * that says why and that nothing changed — never as a blank app. The kind's schema, run only
 * then, names the problem; the next change to the document (a colleague's fix, an undo on the
 * laptop that made it) is tried again.
 */
export class DocumentReadGuard extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  // The schemas load only now: the library's first screen and every healthy open do without them.
  override componentDidCatch() {
    const doc = this.props.handle.doc();
    void import('../../shared/workshop/documentReadProblem').then(({ documentReadProblem }) =>
      this.setState({ problem: documentReadProblem(this.props.kind, doc) }),
    );
  }

  override componentDidMount() {
    this.props.handle.on('change', this.retry);
  }

  override componentWillUnmount() {
    this.props.handle.off('change', this.retry);
  }

  private readonly retry = () => {
    if (this.state.failed) this.setState({ failed: false, problem: undefined });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    const problem = this.state.problem ?? {
      reason:
        this.state.problem === null
          ? 'Showing it failed in this version of Obeya.'
          : 'Part of it is not in the form this version of Obeya expects.',
      detail: '',
    };
    return (
      <main className="page" role="alert">
        <h1>This document cannot be shown on this laptop</h1>
        <p>{problem.reason}</p>
        <p>Nothing was changed: it stays as it is, on this laptop and in the room.</p>
        {problem.detail && (
          <details>
            <summary>Details for support</summary>
            <p>{problem.detail}</p>
          </details>
        )}
        <a href={routeHref({ name: 'workshop', workshopUrl: this.props.workshopUrl })}>
          Back to the workshop
        </a>
      </main>
    );
  }
}
