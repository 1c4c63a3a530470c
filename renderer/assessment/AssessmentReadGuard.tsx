import { Component, type ReactNode } from 'react';
import { assessmentDocSchema } from '../../shared/assessment/schemas/assessmentDocSchema';
import { UnreadableAssessment } from './UnreadableAssessment';

interface Props {
  doc: unknown;
  workshopUrl: string;
  children: ReactNode;
}

interface State {
  /** The document version last shown or tried. */
  doc: unknown;
  failed: boolean;
}

/**
 * Shows a clear screen instead of a broken editor when an assessment that arrived from another
 * laptop cannot be shown; the full schema then names what is wrong. A later version of the
 * document (a colleague's fix, an undo) is tried again.
 */
export class AssessmentReadGuard extends Component<Props, State> {
  constructor(props: Props) {
    super(props);
    this.state = { doc: props.doc, failed: false };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.doc === state.doc ? null : { doc: props.doc, failed: false };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <UnreadableAssessment
          reason={reasonOf(this.props.doc)}
          workshopUrl={this.props.workshopUrl}
        />
      );
    }
    return this.props.children;
  }
}

function reasonOf(doc: unknown): string {
  const result = assessmentDocSchema.safeParse(doc);
  const issue = result.success ? undefined : result.error.issues[0];
  // Our own checks speak to the coach (a questionnaire version, an answer off its scale); a
  // bare type mismatch would only speak to a programmer.
  return issue?.code === 'custom'
    ? `${issue.message.replace(/\.$/, '')}.`
    : 'Part of it is not in the form this version of Obeya expects.';
}
