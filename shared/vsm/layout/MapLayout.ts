import type { HandoffType, InformationFlowKind, PdcaPhase } from '../ValueStreamMapDoc';

/** Everything the value stream map draws, positioned; SVG user units, y grows downward. */
export interface MapLayout {
  /** In storage order (`map.steps[i]` is `steps[i]`). */
  steps: StepPlacement[];
  inventories: InventoryPlacement[];
  handoffs: HandoffPlacement[];
  informationFlows: InformationFlowPlacement[];
  reworkLoops: ReworkPlacement[];
  supplier: PartyPlacement;
  customer: PartyPlacement;
  kaizens: KaizenPlacement[];
  ladder: LadderLayout;
  columnCount: number;
  rowCount: number;
  /** Whether the flow splits or merges anywhere. */
  branched: boolean;
  /** Size of the whole drawing, from the origin. */
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StepPlacement {
  stepId: string;
  /** Position in `map.steps`. */
  index: number;
  column: number;
  /** 0 is the main row (the critical path when there is one); parallel branches below. */
  row: number;
  processBox: Rect;
  dataBox: Rect;
}

/** The "I" triangle in front of a step where work waits. */
export interface InventoryPlacement {
  stepId: string;
  /** Position of the step in `map.steps`. */
  index: number;
  /** Apex of the triangle. */
  top: Point;
  size: number;
}

export interface HandoffPlacement {
  from: string;
  to: string;
  handoff: HandoffType;
  /** Polyline from the sending box to the receiving box. */
  points: Point[];
  /** Where the push / pull / FIFO symbol sits, on a horizontal stretch of the line. */
  symbolAt: Point;
  /** Which way that stretch runs: 1 rightward, −1 leftward (only a loop runs backward). */
  direction: 1 | -1;
  /** Both ends on the critical path, one after the other. */
  critical: boolean;
}

export interface InformationFlowPlacement {
  id: string;
  kind: InformationFlowKind;
  label: string;
  points: Point[];
  /** The horizontal stretch that carries the label (and the zig-zag of an electronic flow). */
  labelAt: Point;
}

export interface ReworkPlacement {
  id: string;
  fromStepId: string;
  toStepId: string;
  share: number;
  /** Cubic curve under the data boxes, from the sending step back to the receiving one. */
  start: Point;
  control1: Point;
  control2: Point;
  end: Point;
  labelAt: Point;
}

export interface PartyPlacement {
  party: 'supplier' | 'customer';
  name: string;
  box: Rect;
}

export interface KaizenPlacement {
  kaizenId: string;
  anchor: 'step' | 'handoff' | 'map';
  center: Point;
  problem: string;
  pdca: PdcaPhase;
}

export interface LadderLayout {
  /** One per critical-path step, in flow order. */
  steps: LadderStep[];
  /** Height of the upper level (wait rungs) and the lower level (process-time rungs). */
  waitY: number;
  processY: number;
  /** The square wave through all rungs, left to right. */
  wave: Point[];
  /** Top-left of the totals box at the right end. */
  totalsAt: Point;
  top: number;
}

/**
 * A step on the ladder: its wait rung runs on the upper level from `waitFrom` to
 * `processFrom`, its process-time rung on the lower level from `processFrom` to `processTo`.
 * Positions only; the figures come from the metrics, so an edit of a time keeps the layout.
 */
export interface LadderStep {
  stepId: string;
  /** Position in `map.steps` (and `metrics.steps`). */
  index: number;
  waitFrom: number;
  processFrom: number;
  processTo: number;
}
