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
}

const NO_CYCLE: ReadonlySet<string> = new Set();

export function visualControls(metrics: VsmMetricsResult, layout: MapLayout): VisualControls {
  if (!metrics.ok) {
    return {
      biggestWaitStepId: null,
      worstCompleteAccurateStepId: null,
      cycle: new Set(metrics.cycle),
      emphasiseCriticalPath: false,
    };
  }
  return {
    biggestWaitStepId: metrics.biggestWaitStepId,
    worstCompleteAccurateStepId: metrics.worstCompleteAccurateStepId,
    cycle: NO_CYCLE,
    emphasiseCriticalPath: layout.branched,
  };
}
