import type { Kaizen } from '../ValueStreamMapDoc';
import { MAP_GEOMETRY } from './mapGeometry';
import type { HandoffPlacement, KaizenPlacement, PartyPlacement, StepPlacement } from './MapLayout';

const { kaizenSpacing, kaizenRadius, partyHeight } = MAP_GEOMETRY;

/**
 * Kaizen bursts sit on what they improve: on a process box's top edge, above a handoff's
 * symbol, or — for the whole stream, or when the anchor is gone — in the band between
 * supplier and customer. Several on one anchor line up side by side.
 */
export function placeKaizens(
  kaizens: readonly Kaizen[],
  stepsById: ReadonlyMap<string, StepPlacement>,
  handoffsByKey: ReadonlyMap<string, HandoffPlacement>,
  supplier: PartyPlacement,
): KaizenPlacement[] {
  const perAnchor = new Map<string, number>();
  const nextSlot = (key: string) => {
    const slot = perAnchor.get(key) ?? 0;
    perAnchor.set(key, slot + 1);
    return slot;
  };
  return kaizens.map((kaizen) => {
    const { attachedTo } = kaizen;
    const base = { kaizenId: kaizen.id, problem: kaizen.problem, pdca: kaizen.pdca };
    const step = 'stepId' in attachedTo ? stepsById.get(attachedTo.stepId) : undefined;
    if (step) {
      const { x, y, width } = step.processBox;
      const slot = nextSlot(`step:${step.stepId}`);
      // Over the box's top right corner, reaching just into the box, clear of the step name.
      const center = { x: x + width - 24 - slot * kaizenSpacing, y: y + 8 - kaizenRadius };
      return { ...base, anchor: 'step', center };
    }
    const key =
      'handoff' in attachedTo ? handoffKey(attachedTo.handoff.from, attachedTo.handoff.to) : '';
    const handoff = handoffsByKey.get(key);
    if (handoff) {
      const slot = nextSlot(key);
      const { x, y } = handoff.symbolAt;
      const center = { x: x + slot * kaizenSpacing, y: y - 8 - kaizenRadius };
      return { ...base, anchor: 'handoff', center };
    }
    const slot = nextSlot('map');
    const { box } = supplier;
    return {
      ...base,
      anchor: 'map',
      center: { x: box.x + box.width + 70 + slot * kaizenSpacing, y: box.y + partyHeight / 2 },
    };
  });
}

export function handoffKey(from: string, to: string): string {
  return `${from}>${to}`;
}
