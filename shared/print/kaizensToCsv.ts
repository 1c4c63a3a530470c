import type { Kaizen, ValueStreamMapDoc } from '../vsm';
import { formatCell } from '../table/delimitedText';
import { kaizenAnchorLabel } from '../vsm/kaizenAnchors';
import { guardFormula } from '../table/formulaGuard';

const HEADER = [
  'Problem',
  'Where',
  'Evidence',
  'Why 1',
  'Why 2',
  'Why 3',
  'Why 4',
  'Why 5',
  'Hypothesis',
  'Countermeasure',
  'Owner',
  'Due',
  'PDCA',
  'KPI',
  'KPI unit',
  'KPI target',
  'KPI measured',
];

/**
 * The map's kaizen list as CSV (RFC 4180, CRLF), one row per kaizen, for the action list a
 * team keeps in a spreadsheet. Text cells that a spreadsheet would run as a formula get a
 * leading apostrophe, as in the steps CSV.
 */
export function kaizensToCsv(map: ValueStreamMapDoc): string {
  const rows = [HEADER, ...map.kaizens.map((kaizen) => kaizenCells(map, kaizen))];
  return (
    rows.map((cells) => cells.map((cell) => formatCell(cell, ',')).join(',')).join('\r\n') + '\r\n'
  );
}

function kaizenCells(map: ValueStreamMapDoc, kaizen: Kaizen): string[] {
  const whys = Array.from({ length: 5 }, (_, i) => kaizen.fiveWhys[i] ?? '');
  const texts = [
    kaizen.problem,
    kaizenAnchorLabel(map, kaizen.attachedTo),
    kaizen.evidence,
    ...whys,
    kaizen.hypothesis,
    kaizen.countermeasure,
    kaizen.owner,
  ];
  return [
    ...texts.map(guardFormula),
    kaizen.dueDate,
    kaizen.pdca,
    guardFormula(kaizen.kpi.name),
    guardFormula(kaizen.kpi.unit),
    kaizen.kpi.target === undefined ? '' : String(kaizen.kpi.target),
    kaizen.kpi.measured === undefined ? '' : String(kaizen.kpi.measured),
  ];
}
