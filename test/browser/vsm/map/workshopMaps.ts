import {
  addStep,
  newValueStreamMap,
  type Duration,
  type ValueStreamMapDoc,
} from '../../../../shared/vsm';

const min = (value: number): Duration => ({ value, unit: 'minutes' });
const h = (value: number): Duration => ({ value, unit: 'hours' });
const d = (value: number): Duration => ({ value, unit: 'days' });
const wk = (value: number): Duration => ({ value, unit: 'weeks' });

/**
 * The payments-change workshop's current state as a coach types it: eight steps with long
 * names, each time in the unit that came to mind (minutes, hours, days, weeks).
 */
export function paymentsChangeMap(): ValueStreamMapDoc {
  const map = newValueStreamMap(
    {
      title: 'Payments change — current state',
      supplier: 'Product management (payments)',
      customer: 'Merchants and card holders',
    },
    Date.UTC(2026, 10, 24),
  );
  const steps: [string, string, Duration, Duration, number][] = [
    ['Change request intake', 'Business analyst', min(30), d(1), 80],
    ['Requirements & design review', 'Architecture board', h(4), wk(2), 70],
    ['Development & unit tests', 'Payments development team', d(3), wk(1), 90],
    ['Code review', 'Senior developer', min(45), min(1410), 95],
    ['Integration testing (SIT)', 'QA team', h(6), h(38), 75],
    ['Security & compliance sign-off', 'Risk & Compliance', h(2), min(3570), 90],
    ['Change advisory board (CAB)', 'Change manager', h(1), wk(1), 100],
    ['Production deployment & verification', 'Operations team', h(2), d(1), 95],
  ];
  for (const [name, role, processTime, leadTime, completeAndAccurate] of steps) {
    addStep(map, { name, role, processTime, leadTime, completeAndAccurate });
  }
  return map;
}

/** A twenty-step stream, in hours. */
export function twentyStepMap(): ValueStreamMapDoc {
  const map = newValueStreamMap(
    { title: 'Card issuing — twenty steps', supplier: 'Card vendor', customer: 'Card holder' },
    Date.UTC(2026, 10, 24),
  );
  for (let i = 1; i <= 20; i++) {
    addStep(map, {
      name: `Step ${i}: review and hand over`,
      role: i % 2 ? 'Operations team' : 'Development team',
      processTime: h(i % 4 || 4),
      leadTime: h((i % 4 || 4) + (i % 7) + 2),
    });
  }
  return map;
}
