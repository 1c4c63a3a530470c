import { describe, expect, it } from 'vitest';
import { artefactDocSchemas } from '../../../../shared/workshop/artefactDocSchemas';
import { valueStreamMapDocSchema } from '../../../../shared/vsm/schemas/valueStreamMapDocSchema';
import { fromTemplate } from '../../../../shared/vsm/templates';
import { NOW } from './vsmTestMaps';

const pipeline = () => fromTemplate('software-delivery', NOW);

describe('valueStreamMapDocSchema', () => {
  it('is the workshop’s schema for value stream map documents', () => {
    expect(artefactDocSchemas.valueStreamMap).toBe(valueStreamMapDocSchema);
  });

  it('accepts what the change functions build', () => {
    expect(valueStreamMapDocSchema.safeParse(pipeline()).success).toBe(true);
  });

  it.each([
    [
      'a negative time',
      (map: ReturnType<typeof pipeline>) => (map.steps[0]!.processTime.value = -1),
    ],
    [
      '%C&A above 100',
      (map: ReturnType<typeof pipeline>) => (map.steps[0]!.completeAndAccurate = 140),
    ],
    [
      'an unknown handoff type',
      (map: ReturnType<typeof pipeline>) => {
        (map.steps[1]!.predecessors as Record<string, string>)[map.steps[0]!.id] = 'teleport';
      },
    ],
    [
      'a duplicate step id',
      (map: ReturnType<typeof pipeline>) => (map.steps[1]!.id = map.steps[0]!.id),
    ],
    [
      'notes of 10,001 characters',
      (map: ReturnType<typeof pipeline>) => (map.steps[0]!.notes = 'x'.repeat(10_001)),
    ],
    [
      'a fourth why missing',
      (map: ReturnType<typeof pipeline>) =>
        map.kaizens.push({
          id: 'k',
          attachedTo: { map: true },
          problem: '',
          evidence: '',
          fiveWhys: ['', '', ''],
          hypothesis: '',
          countermeasure: '',
          owner: '',
          dueDate: '',
          pdca: 'plan',
          kpi: { name: '', unit: '' },
        }),
    ],
  ])('rejects %s', (_, spoil) => {
    const map = pipeline();
    spoil(map);
    expect(valueStreamMapDocSchema.safeParse(map).success).toBe(false);
  });

  it('accepts what concurrent valid edits can leave behind', () => {
    const map = pipeline();
    map.steps[0]!.processTime.value = 100;
    map.steps[1]!.predecessors['deleted-by-a-peer'] = 'push';
    map.steps[0]!.predecessors[map.steps[1]!.id] = 'push';
    expect(valueStreamMapDocSchema.safeParse(map).success).toBe(true);
  });
});
