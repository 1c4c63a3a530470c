import type { AssessmentHint, ImplementationType } from '../../../shared/org/recommendStructure';

export const IMPLEMENTATION_TYPE_LABELS: Record<ImplementationType, string> = {
  toyotaWay: 'Toyota way',
  collaboration: 'Collaboration',
  continuousDelivery: 'Continuous Delivery',
};

type HintReader = (assessment: unknown) => AssessmentHint | null;

let reader: HintReader | null = null;

/**
 * The seam between the implementation-type assessment and the recommendation. The assessment
 * registers how to read its document — the type its latest round recommends
 * (`orgHintOfRound`) — and the recommendation takes that as the hint `recommendStructure`
 * takes. Organisation design reads nothing else of an assessment. Until one registers, every
 * assessment reads as none: the recommendation rests on size, and the coach may try a type.
 */
export function registerAssessmentHintReader(read: HintReader): void {
  reader = read;
}

export function assessmentHintOf(assessment: unknown): AssessmentHint | null {
  return reader?.(assessment) ?? null;
}
