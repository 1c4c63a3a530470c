import { describe, expect, it } from 'vitest';
import { orderedPools } from '../../../../shared/org/orgLookup';
import { addPool, deletePool, renamePool } from '../../../../shared/org/poolChanges';
import { emptyDesign, withPerson, withPool } from './orgTestDesigns';

describe('pools', () => {
  it('are added after one another', () => {
    const design = emptyDesign('matrix');
    withPool(design, 'ops', 'Operations');
    withPool(design, 'dev', 'Development');
    expect(orderedPools(design).map((pool) => pool.name)).toEqual(['Operations', 'Development']);
  });

  it('refuse an empty or taken name', () => {
    const design = emptyDesign('matrix');
    withPool(design, 'dev', 'Development');
    expect(() => addPool(design, { name: ' ' })).toThrow('The pool name cannot be empty');
    expect(() => addPool(design, { name: 'development' })).toThrow(
      'There is already a pool called “development”',
    );
    expect(() => renamePool(design, 'dev', 'Dev & test')).not.toThrow();
    expect(design.pools.dev!.name).toBe('Dev & test');
  });

  it('with members are kept unless the members are to be left without a pool', () => {
    const design = emptyDesign('matrix');
    withPool(design, 'dev', 'Development');
    withPerson(design, 'anna', { name: 'Anna', poolId: 'dev' });
    withPerson(design, 'ben', { name: 'Ben', poolId: 'dev' });
    expect(() => deletePool(design, 'dev')).toThrow(
      'Anna and Ben belong to Development. Nothing was deleted: move them to another pool first, or delete the pool and leave them without one.',
    );
    expect(design.pools.dev).toBeDefined();
    deletePool(design, 'dev', { unassignMembers: true });
    expect(design.pools).toEqual({});
    expect(design.people.anna!.poolId).toBeUndefined();
  });
});
