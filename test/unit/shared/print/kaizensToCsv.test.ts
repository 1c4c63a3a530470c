import { describe, expect, it } from 'vitest';
import { kaizensToCsv } from '../../../../shared/print/kaizensToCsv';
import { addKaizen } from '../../../../shared/vsm/kaizenChanges';
import { parseDelimited } from '../../../../shared/table/delimitedText';
import { linearMap } from '../vsm/vsmTestMaps';

function rows(csv: string): string[][] {
  const { records, unclosedQuoteLine } = parseDelimited(csv, ',');
  expect(unclosedQuoteLine).toBeNull();
  return records.map((record) => record.cells);
}

describe('kaizensToCsv', () => {
  it('writes only the header row for a map without kaizens, with CRLF line ends', () => {
    const csv = kaizensToCsv(linearMap([['Build', 1, 0]]));
    expect(csv).toBe(
      'Problem,Where,Evidence,Why 1,Why 2,Why 3,Why 4,Why 5,Hypothesis,Countermeasure,Owner,Due,PDCA,KPI,KPI unit,KPI target,KPI measured\r\n',
    );
  });

  it('writes one row per kaizen with every field, the whys padded to five', () => {
    const map = linearMap([
      ['Build', 1, 0],
      ['Release approval', 0.25, 24],
    ]);
    addKaizen(map, {
      attachedTo: { stepId: 's2' },
      problem: 'Approval waits a day',
      evidence: 'Ticket timestamps',
      fiveWhys: ['The board meets weekly', 'Risk is judged by people'],
      hypothesis: 'Automated checks cut the wait',
      countermeasure: 'Approve standard changes in the pipeline',
      owner: 'Process Master',
      dueDate: '2026-12-15',
      pdca: 'do',
      kpi: { name: 'Approval wait', unit: 'h', target: 4, measured: 23.5 },
    });
    const [, row] = rows(kaizensToCsv(map));
    expect(row).toEqual([
      'Approval waits a day',
      'Release approval',
      'Ticket timestamps',
      'The board meets weekly',
      'Risk is judged by people',
      '',
      '',
      '',
      'Automated checks cut the wait',
      'Approve standard changes in the pipeline',
      'Process Master',
      '2026-12-15',
      'do',
      'Approval wait',
      'h',
      '4',
      '23.5',
    ]);
  });

  it('quotes commas, quotes and line breaks, and keeps formulas from running', () => {
    const map = linearMap([['Build', 1, 0]]);
    addKaizen(map, {
      attachedTo: { stepId: 's1' },
      problem: '=HYPERLINK("http://evil.example","click")',
      evidence: 'Two lines,\nwith a "quote"',
      owner: '@owner',
      kpi: { name: '+1 rate', unit: '-h' },
    });
    const csv = kaizensToCsv(map);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    const [, row] = rows(csv);
    expect(row![0]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row![2]).toBe('Two lines,\nwith a "quote"');
    expect(row![10]).toBe("'@owner");
    expect(row![13]).toBe("'+1 rate");
    expect(row![14]).toBe("'-h");
    expect(row!.slice(15)).toEqual(['', '']);
  });
});
