import { describe, expect, it } from 'vitest';
import { addKaizen, deleteKaizen, updateKaizen } from '../../../../shared/vsm/kaizenChanges';
import { linearMap } from './vsmTestMaps';

describe('addKaizen', () => {
  it('attaches a kaizen to a step with five empty whys and PDCA at plan', () => {
    const map = linearMap([['Approval', 0.25, 24]]);
    const id = addKaizen(
      map,
      { attachedTo: { stepId: 's1' }, problem: 'Approval waits a day', owner: 'Gatekeeper' },
      () => 'k1',
    );
    expect(map.kaizens).toEqual([
      {
        id,
        attachedTo: { stepId: 's1' },
        problem: 'Approval waits a day',
        evidence: '',
        fiveWhys: ['', '', '', '', ''],
        hypothesis: '',
        countermeasure: '',
        owner: 'Gatekeeper',
        dueDate: '',
        pdca: 'plan',
        kpi: { name: '', unit: '' },
      },
    ]);
  });

  it('attaches a kaizen to a handoff between two connected steps only', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    addKaizen(map, { attachedTo: { handoff: { from: 's1', to: 's2' } } });
    expect(() => addKaizen(map, { attachedTo: { handoff: { from: 's2', to: 's1' } } })).toThrow(
      'Those two steps are not connected',
    );
  });

  it('refuses a due date that is not a real date', () => {
    const map = linearMap([['A', 1, 0]]);
    expect(() => addKaizen(map, { attachedTo: { map: true }, dueDate: '2025-02-30' })).toThrow(
      'The date must be a real calendar date (yyyy-mm-dd)',
    );
  });
});

describe('updateKaizen', () => {
  it('fills in the whys, moves PDCA on and records the KPI', () => {
    const map = linearMap([['A', 1, 0]]);
    const id = addKaizen(map, { attachedTo: { stepId: 's1' } });
    updateKaizen(map, id, {
      fiveWhys: ['Approval board meets weekly'],
      pdca: 'do',
      dueDate: '2025-07-01',
      kpi: { name: 'Approval wait', unit: 'h', target: 2, measured: 20 },
    });
    updateKaizen(map, id, { kpi: { measured: null } });
    expect(map.kaizens[0]).toMatchObject({
      fiveWhys: ['Approval board meets weekly', '', '', '', ''],
      pdca: 'do',
      dueDate: '2025-07-01',
      kpi: { name: 'Approval wait', unit: 'h', target: 2 },
    });
    expect(map.kaizens[0]!.kpi).not.toHaveProperty('measured');
  });

  it('refuses more than five whys and an unknown PDCA phase', () => {
    const map = linearMap([['A', 1, 0]]);
    const id = addKaizen(map, { attachedTo: { map: true } });
    expect(() => updateKaizen(map, id, { fiveWhys: ['1', '2', '3', '4', '5', '6'] })).toThrow(
      'The five whys need exactly 5 answers',
    );
    expect(() => updateKaizen(map, id, { pdca: 'review' as 'do' })).toThrow(
      'The PDCA phase must be plan, do, check, act or done',
    );
  });
});

describe('deleteKaizen', () => {
  it('removes the kaizen', () => {
    const map = linearMap([['A', 1, 0]]);
    const id = addKaizen(map, { attachedTo: { map: true } });
    deleteKaizen(map, id);
    expect(map.kaizens).toEqual([]);
  });
});
