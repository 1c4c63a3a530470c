import { Repo } from '@automerge/automerge-repo/slim';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { addOrgRows, csvName, tableKindOf } from '../../../renderer/org/people/orgRows';
import { undoState } from '../../../renderer/documents/documentHistory';
import { design, pool, service } from './orgTestDesign';

describe('addOrgRows', () => {
  const repo = new Repo();
  afterEach(() => undefined);

  function bank() {
    const doc = design('matrix');
    pool(doc, 'dev');
    service(doc, 'payments');
    return repo.create<OrgDesignDoc>(doc);
  }

  it('adds every row of a sound table in one undo step', () => {
    const handle = bank();
    const report = addOrgRows(
      handle,
      's1',
      'people',
      'Name\tPool\tCapacity\nAnna Berg\tdev\t1\nBen Ode\tdev\t0.5',
      'tsv',
    );
    expect(report).toMatchObject({ added: 2, errors: [] });
    expect(
      Object.values(handle.doc().people)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Anna Berg', 'Ben Ode']);
    expect(undoState(handle as never).canUndo).toBe(true);
  });

  it('adds nothing — not even an empty undo step — when one row is bad, and says which', () => {
    const handle = bank();
    const report = addOrgRows(
      handle,
      's1',
      'people',
      'Name,Pool,Capacity\nAnna Berg,dev,1\n,dev,1\nCleo,Marketing,1\nDan,dev,7',
      'csv',
    );
    expect(report.added).toBe(0);
    expect(report.errors.map((error) => error.line)).toEqual([3, 4, 5]);
    expect(report.errors[1]!.message).toMatch(/Pool “Marketing” is not in this design/);
    expect(handle.doc().people).toEqual({});
    expect(undoState(handle as never).canUndo).toBe(false);
  });

  it('refuses a placement of an unknown role, naming it', () => {
    const handle = bank();
    addOrgRows(handle, 's1', 'people', 'Name\nAnna Berg', 'csv');
    const report = addOrgRows(
      handle,
      's1',
      'placements',
      'Person,Service,Role,Allocation %\nAnna Berg,Payments,Chief Wizard,50',
      'csv',
    );
    expect(report.errors[0]!.message).toMatch(/Role “Chief Wizard” is not in the role catalogue/);
    expect(handle.doc().scenarios.s1!.placements).toEqual({});
  });
});

describe('tableKindOf', () => {
  it('reads a table with a Role column as placements, anything else as people', () => {
    expect(tableKindOf('Person,Service,Role,Allocation %\nA,B,C,1')).toBe('placements');
    expect(tableKindOf('Person\tService\tRole\nA')).toBe('placements');
    expect(tableKindOf('Name,Experience,Pool\nA,Role play,B')).toBe('people');
  });
});

describe('csvName', () => {
  it('makes a file name without characters a file system refuses', () => {
    expect(csvName('Bank: 2030/target', 'people')).toBe('Bank 2030 target people.csv');
    expect(csvName('', 'people')).toBe('Organisation design people.csv');
  });
});
