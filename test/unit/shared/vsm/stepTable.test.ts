import { describe, expect, it } from 'vitest';
import { addStep, updateStep } from '../../../../shared/vsm/stepChanges';
import { parseDelimited } from '../../../../shared/table/delimitedText';
import { parseStepRows, stepsToCsv } from '../../../../shared/vsm/table/stepTable';
import { fromTemplate } from '../../../../shared/vsm/templates';
import { DEFAULT_TIME_CONVENTIONS } from '../../../../shared/vsm/ValueStreamMapDoc';
import { days, emptyMap, hours, minutes, NOW } from './vsmTestMaps';

describe('parseStepRows (TSV paste)', () => {
  it('keeps the valid rows and reports the bad one by line with the validation message', () => {
    const tsv = [
      'Name\tRole\tPT\tWait\t%C&A',
      'Code review\tDevelopment team\t1 h\t8 h\t90',
      'QA\tReliability Engineer\t-2 h\t4 h\t85',
      'Release approval\tGatekeeper\t15 min\t1d\t100',
    ].join('\n');
    const { rows, errors } = parseStepRows(tsv, 'tsv');
    expect(rows.map((row) => row.name)).toEqual(['Code review', 'Release approval']);
    expect(errors).toEqual([{ line: 3, message: 'Process time cannot be negative' }]);
    expect(rows[1]).toMatchObject({
      processTime: minutes(15),
      leadTime: hours(8.25),
      wait: days(1),
      completeAndAccurate: 100,
    });
  });

  it('reads a paste without a header in the default column order', () => {
    const { rows, errors } = parseStepRows('Build\tDevOps Engineer\t0.5\t2\t95\t2\tFlaky', 'tsv');
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual({
      name: 'Build',
      role: 'DevOps Engineer',
      processTime: hours(0.5),
      leadTime: hours(2),
      completeAndAccurate: 95,
      people: 2,
      notes: 'Flaky',
    });
  });

  it('reads units from cells, unit columns and the header', () => {
    const tsv = ['Name\tPT (min)\tLT\tLT unit', 'Deploy\t30\t2\thours', 'Test\t1.5d\t3\td'].join(
      '\r\n',
    );
    const { rows } = parseStepRows(tsv, 'tsv');
    expect(rows.map((row) => [row.processTime, row.leadTime])).toEqual([
      [minutes(30), hours(2)],
      [
        { value: 1.5, unit: 'days' },
        { value: 3, unit: 'days' },
      ],
    ]);
  });

  it('names what is wrong with a cell', () => {
    const tsv = [
      'Name\tPT\tLT\t%C&A',
      'A\tabc\t2\t90',
      'B\t1 fortnight\t2\t90',
      'C\t1\t2\t150 %',
      'D\t3\t2\t90',
    ].join('\n');
    expect(parseStepRows(tsv, 'tsv').errors).toEqual([
      { line: 2, message: 'Process time “abc” is not a number' },
      {
        line: 3,
        message: 'Process time unit “fortnight” is not one of minutes, hours, days or weeks',
      },
      { line: 4, message: '%C&A must be between 0 and 100' },
      { line: 5, message: 'Process time (3 h) is longer than lead time (2 h)' },
    ]);
  });

  it('accepts a decimal comma and skips blank lines', () => {
    const { rows } = parseStepRows('Review\t\t1,5\t4\n\n\t\t\n', 'tsv');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.processTime).toEqual(hours(1.5));
  });

  it('uses the map’s display unit for bare numbers when told', () => {
    const { rows } = parseStepRows('Review\t\t1\t2', 'tsv', {
      defaultUnit: 'days',
      conventions: DEFAULT_TIME_CONVENTIONS,
    });
    expect(rows[0]!.leadTime).toEqual({ value: 2, unit: 'days' });
  });

  it('reports an unrecognised column once, on the header line', () => {
    const { errors, rows } = parseStepRows('Name\tPT\tColour\nA\t1\tred', 'tsv');
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      { line: 1, message: 'Column “Colour” is not recognised and is ignored' },
    ]);
  });
});

describe('parseStepRows (CSV)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const csv = 'Name,PT,LT,Notes\n"Review, peer",1,3,"Line one\nSays ""wait"""\nQA,2,4,x\n';
    const { rows, errors } = parseStepRows(csv, 'csv');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.name, row.notes])).toEqual([
      ['Review, peer', 'Line one\nSays "wait"'],
      ['QA', 'x'],
    ]);
  });

  it('reports a row after a multi-line cell on its own line number', () => {
    const csv = 'Name,PT,LT,Notes\nA,1,2,"two\nlines"\nB,-1,2,\n';
    expect(parseStepRows(csv, 'csv').errors).toEqual([
      { line: 4, message: 'Process time cannot be negative' },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const { rows, errors } = parseStepRows('Name,PT,LT\nA,1,2\n"B,1,2\n', 'csv');
    expect(rows).toHaveLength(1);
    expect(errors[0]!.line).toBe(3);
  });
});

describe('stepsToCsv', () => {
  it('round-trips through parseStepRows, hostile text included', () => {
    const map = emptyMap();
    const hostile = 'He said "ship it", then <script>alert(1)</script>;\nnext line, \'quoted\'';
    addStep(map, {
      name: '=HYPERLINK("http://evil")',
      role: 'Dev, "lead"',
      processTime: minutes(45),
      leadTime: { value: 1.5, unit: 'days' },
      completeAndAccurate: 87.5,
      people: 3,
      uptime: 99.5,
      changeoverTime: minutes(10),
      batchSize: 5,
      queueSize: 12,
      notes: hostile,
    });
    addStep(map, { name: '  -leading dash', processTime: hours(1), leadTime: hours(1) });
    updateStep(map, map.steps[1]!.id, { notes: '@mention\r\nwindows line' });

    const csv = stepsToCsv(map);
    const { rows, errors } = parseStepRows(csv, 'csv');
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual({
      name: '=HYPERLINK("http://evil")',
      role: 'Dev, "lead"',
      processTime: minutes(45),
      leadTime: { value: 1.5, unit: 'days' },
      completeAndAccurate: 87.5,
      people: 3,
      uptime: 99.5,
      changeoverTime: minutes(10),
      batchSize: 5,
      queueSize: 12,
      notes: hostile,
    });
    expect(rows[1]).toMatchObject({ name: '-leading dash', notes: '@mention\r\nwindows line' });
  });

  it('guards text a spreadsheet would run as a formula', () => {
    const map = emptyMap();
    addStep(map, { name: '=1+1', processTime: hours(1) });
    const [, row] = parseDelimited(stepsToCsv(map), ',').records;
    expect(row!.cells[0]).toBe("'=1+1");
  });

  it('round-trips a whole template', () => {
    const map = fromTemplate('enterprise-devops', NOW);
    const { rows, errors } = parseStepRows(stepsToCsv(map), 'csv');
    expect(errors).toEqual([]);
    expect(
      rows.map((row) => [row.name, row.role, row.processTime, row.leadTime, row.notes]),
    ).toEqual(
      map.steps.map((step) => [step.name, step.role, step.processTime, step.leadTime, step.notes]),
    );
  });
});
