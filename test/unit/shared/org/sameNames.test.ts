import { change, clone, from, merge, type Doc } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { OrgDesignDoc } from '../../../../shared/org/OrgDesignDoc';
import { addPerson } from '../../../../shared/org/personChanges';
import { sameNames } from '../../../../shared/org/sameNames';
import { addService } from '../../../../shared/org/serviceChanges';
import { emptyDesign, withPerson } from './orgTestDesigns';

describe('sameNames', () => {
  it('is empty when every name is once', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    expect(sameNames(design)).toEqual([]);
  });

  it('lists a person two laptops added under one name, keeping both', () => {
    const base = from(emptyDesign() as unknown as Record<string, unknown>) as Doc<OrgDesignDoc>;
    const left = change(clone(base), (draft) => {
      addPerson(draft, { name: 'Anna' }, () => 'a1');
      addService(draft, { name: 'Payments' }, () => 'x1');
    });
    const right = change(clone(base), (draft) => {
      addPerson(draft, { name: 'anna ' }, () => 'a2');
      addService(draft, { name: 'Payments' }, () => 'x2');
    });
    const merged = merge(left, right);
    expect(Object.keys(merged.people).sort()).toEqual(['a1', 'a2']);
    expect(sameNames(merged)).toEqual([
      {
        kind: 'people',
        name: expect.stringMatching(/^anna ?$/i),
        ids: ['a1', 'a2'],
        message: expect.stringMatching(
          /^2 people are called “anna ?” \(added on two laptops at once\?\): rename one, or delete the person that is there twice\.$/i,
        ),
      },
      {
        kind: 'services',
        name: 'Payments',
        ids: ['x1', 'x2'],
        message:
          '2 services are called “Payments” (added on two laptops at once?): rename one, or delete the service that is there twice.',
      },
    ]);
  });
});
