import { describe, expect, it } from 'vitest';
import type { OrgDesignDoc } from '../../../../../shared/org/OrgDesignDoc';
import { orderedPeople } from '../../../../../shared/org/orgLookup';
import { updatePerson } from '../../../../../shared/org/personChanges';
import { placePerson } from '../../../../../shared/org/placementChanges';
import { ROLE_IDS } from '../../../../../shared/org/roleCatalogue';
import {
  importOrgTables,
  peopleToCsv,
  placementsToCsv,
  readOrgTables,
} from '../../../../../shared/org/table/orgTables';
import { parseDelimited } from '../../../../../shared/table/delimitedText';
import {
  emptyDesign,
  flatTeam,
  matrixOf,
  sequentialIds,
  withPool,
  withService,
} from '../orgTestDesigns';

/** The same pools and services as matrixOf, with nobody in them. */
function emptyMatrix(serviceIds: string[]): OrgDesignDoc {
  const design = emptyDesign('matrix');
  withPool(design, 'mgmt', 'Service management');
  withPool(design, 'devPool', 'Development');
  withPool(design, 'opsPool', 'Operations');
  for (const id of serviceIds) withService(design, id);
  return design;
}

/** People and placements by name, to compare designs whose ids differ. */
function byName(design: OrgDesignDoc, scenarioId = 's1') {
  return orderedPeople(design).map(({ id, ...person }) => ({
    ...person,
    poolId: person.poolId && design.pools[person.poolId]!.name,
    placements: Object.values(design.scenarios[scenarioId]!.placements)
      .filter((placement) => placement.personId === id)
      .map((placement) => [placement.serviceId ?? '', placement.roleId, placement.allocation])
      .sort(),
  }));
}

describe('CSV of people and placements', () => {
  it('reads back what it wrote: people, experience, rates, locations, pools and placements', () => {
    const design = matrixOf(['pay', 'web']);
    updatePerson(design, 'dev-pay', {
      name: '=Dev, "the" builder',
      experience: ['Development', 'Agile', 'C#'],
      capacity: 0.8,
      costPerFteYear: 85_000.5,
      location: 'Berlin, DE',
    });
    placePerson(design, 's1', {
      personId: 'ops-pay',
      serviceId: 'web',
      roleId: ROLE_IDS.gatekeeper,
      allocation: 12.5,
    });
    const texts = { people: peopleToCsv(design), placements: placementsToCsv(design, 's1') };

    const copy = emptyMatrix(['pay', 'web']);
    const outcome = importOrgTables(copy, 's1', texts, 'csv', sequentialIds('n'));
    expect(outcome.errors).toEqual([]);
    expect(outcome.personIds).toHaveLength(10);
    expect(outcome.placementKeys).toHaveLength(11);
    expect(byName(copy)).toEqual(byName(design));
  });

  it('guards cells a spreadsheet would run as formulas and writes a flat team without services', () => {
    const design = flatTeam();
    updatePerson(design, 'dev', { name: '=SUM(A1)' });
    const people = parseDelimited(peopleToCsv(design), ',').records;
    expect(people[0]!.cells).toEqual([
      'Name',
      'Experience',
      'Capacity (FTE)',
      'Cost per FTE-year',
      'Location',
      'Pool',
    ]);
    expect(people.find((row) => row.cells[0]!.includes('SUM'))!.cells[0]).toBe("'=SUM(A1)");
    const placements = parseDelimited(placementsToCsv(design, 's1'), ',').records;
    expect(placements[0]!.cells).toEqual(['Person', 'Service', 'Role', 'Allocation %']);
    expect(placements[1]!.cells).toEqual(["'=SUM(A1)", '', 'Development team', '100']);

    const copy = emptyDesign('flat');
    withService(copy, 'svc', { name: 'Shop', complexity: 'simple' });
    const texts = { people: peopleToCsv(design), placements: placementsToCsv(design, 's1') };
    expect(importOrgTables(copy, 's1', texts, 'csv', sequentialIds('n')).errors).toEqual([]);
    expect(byName(copy)).toEqual(byName(design));
  });

  it('reads a paste from a spreadsheet without a header, in the default column order', () => {
    const design = emptyMatrix(['pay']);
    const tables = readOrgTables(
      design,
      's1',
      {
        people: 'Anna\tDevelopment; Agile\t0,8\t90000\tBerlin\tDevelopment\nBen\t\t\t\t\t',
        placements: 'Anna\tpay\tDevelopers\t80 %\nBen\tpay\tOps\t',
      },
      'tsv',
    );
    expect(tables.errors).toEqual([]);
    expect(tables.people).toEqual([
      {
        name: 'Anna',
        experience: ['Development', 'Agile'],
        capacity: 0.8,
        costPerFteYear: 90_000,
        location: 'Berlin',
        poolId: 'devPool',
      },
      { name: 'Ben', experience: [], capacity: 1 },
    ]);
    expect(tables.placements).toEqual([
      {
        line: 1,
        personName: 'Anna',
        serviceId: 'pay',
        roleId: ROLE_IDS.developmentTeam,
        allocation: 80,
      },
      { line: 2, personName: 'Ben', serviceId: 'pay', roleId: ROLE_IDS.operationTeam },
    ]);
  });

  it('knows headers by their usual names and lists the columns it ignores', () => {
    const tables = readOrgTables(
      emptyMatrix([]),
      's1',
      { people: 'Full name,Skills,FTE,Notes\nAnna,Tools,0.5,likes tea\n' },
      'csv',
    );
    expect(tables.people).toEqual([{ name: 'Anna', experience: ['Tools'], capacity: 0.5 }]);
    expect(tables.ignoredColumns).toEqual(['Notes']);
  });

  it('reports each bad row with its line and imports nothing', () => {
    const design = matrixOf(['pay']);
    const before = structuredClone(design);
    const people = [
      'Name,Experience,Capacity (FTE),Cost per FTE-year,Location,Pool',
      'Zoe,Development,1,,,Development',
      ',Development,1,,,',
      'Yann,,80,,,',
      'Xavi,,5,,,',
      'Wen,,1,-5,,',
      'Uma,,1,,,Marketing',
      'zoe,,1,,,',
      'Dev pay,,1,,,',
      'Tom,,lots,,,',
    ].join('\n');
    const placements = [
      'Person,Service,Role,Allocation %',
      'Zoe,pay,Development team,150',
      'Zoe,pay,Chief of fun,50',
      'Zoe,Payroll,Development team,50',
      'Zoe,,Development team,50',
      'Nobody,pay,Development team,50',
      'Zoe,pay,Operation team,50',
      'Zoe,pay,Operations,20',
      'Dev pay,pay,Development team,10',
    ].join('\n');
    const outcome = importOrgTables(design, 's1', { people, placements }, 'csv');
    expect(outcome.errors).toEqual([
      { table: 'people', line: 3, message: 'The name cannot be empty' },
      {
        table: 'people',
        line: 4,
        message: 'Capacity is in full-time equivalents: write 0.8 for 80 %',
      },
      { table: 'people', line: 5, message: 'Capacity must be between 0 and 1.5 FTE' },
      { table: 'people', line: 6, message: 'Cost per FTE-year cannot be negative' },
      {
        table: 'people',
        line: 7,
        message: 'Pool “Marketing” is not in this design: add it first or correct the name',
      },
      { table: 'people', line: 8, message: '“zoe” is already on line 2: each person once' },
      {
        table: 'people',
        line: 9,
        message:
          'There is already a person called “Dev pay”: add something that tells the two apart',
      },
      { table: 'people', line: 10, message: 'Capacity “lots” is not a number' },
      {
        table: 'placements',
        line: 2,
        message: 'Allocation must be more than 0 % and at most 100 % (one full-time person)',
      },
      {
        table: 'placements',
        line: 3,
        message:
          'Role “Chief of fun” is not in the role catalogue: add it first or correct the name',
      },
      {
        table: 'placements',
        line: 4,
        message: 'Service “Payroll” is not in this design: add it first or correct the name',
      },
      { table: 'placements', line: 5, message: 'In a matrix each placement needs a service' },
      {
        table: 'placements',
        line: 6,
        message: 'Nobody called “Nobody” is in this design or the people table',
      },
      {
        table: 'placements',
        line: 8,
        message: 'This placement is already on line 7: each placement once',
      },
      {
        table: 'placements',
        line: 9,
        message: 'Dev pay is already Development team on pay in this scenario',
      },
    ]);
    expect(outcome.personIds).toEqual([]);
    expect(design).toEqual(before);
  });

  it('refuses a service in a flat team’s placements', () => {
    const tables = readOrgTables(
      flatTeam(),
      's1',
      { placements: 'Person,Service,Role\nDev,Shop,Development team' },
      'csv',
    );
    expect(tables.errors).toEqual([
      {
        table: 'placements',
        line: 2,
        message: 'In a flat design a placement names no service: leave Service empty',
      },
    ]);
  });

  it('reports a quote that never closes', () => {
    const tables = readOrgTables(emptyDesign(), 's1', { people: 'Name\nAnna\n"Ben' }, 'csv');
    expect(tables.errors).toEqual([
      {
        table: 'people',
        line: 3,
        message: 'A quoted cell is never closed, so this row and the rest of the text are skipped',
      },
    ]);
  });
});
