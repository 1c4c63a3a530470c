import type { VsmMetricsResult } from '../../../shared/vsm';
import type { MapLayout } from '../../../shared/vsm/layout';

/** What the map marks in red, and whether the critical path needs emphasis. */
export interface VisualControls {
  biggestWaitStepId: string | null;
  worstCompleteAccurateStepId: string | null;
  /** Steps around a loop in the flow (only after concurrent edits merge). */
  cycle: ReadonlySet<string>;
  /** Emphasise critical-path handoffs: only worth it where the flow branches or merges. */
  emphasiseCriticalPath: boolean;
  /** The steps on the critical path, where it is emphasised (else empty). */
  criticalPath: ReadonlySet<string>;
}

const NO_STEPS: ReadonlySet<string> = new Set();

export function visualControls(metrics: VsmMetricsResult, layout: MapLayout): VisualControls {
  if (!metrics.ok) {
    return {
      biggestWaitStepId: null,
      worstCompleteAccurateStepId: null,
      cycle: new Set(metrics.cycle),
      emphasiseCriticalPath: false,
      criticalPath: NO_STEPS,
    };
  }
  return {
    biggestWaitStepId: metrics.biggestWaitStepId,
    worstCompleteAccurateStepId: metrics.worstCompleteAccurateStepId,
    cycle: NO_STEPS,
    emphasiseCriticalPath: layout.branched,
    criticalPath: layout.branched ? new Set(metrics.criticalPath) : NO_STEPS,
  };
}
