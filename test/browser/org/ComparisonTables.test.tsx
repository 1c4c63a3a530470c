import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../shared/org/compareScenarios';
import { ComparisonTables } from '../../../renderer/org/compare/ComparisonTables';
import { addScenario } from '../../../shared/org/scenarioChanges';
import { design, person, place, service } from './orgTestDesign';

describe('ComparisonTables', () => {
  it('gives the change in cost grouped by thousands and in the design’s currency', () => {
    const doc = design('flat');
    service(doc, 'payments');
    person(doc, 'anna', { name: 'Anna Berg', costPerFteYear: 98_000 });
    person(doc, 'ben', { name: 'Ben Ode', costPerFteYear: 86_000 });
    place(doc, { personId: 'anna', roleId: 'serviceMaster', allocation: 100 });
    addScenario(doc, { name: 'Matrix', structure: 'matrix' }, () => 's2');
    place(
      doc,
      { personId: 'anna', serviceId: 'payments', roleId: 'serviceMaster', allocation: 100 },
      's2',
    );
    place(
      doc,
      { personId: 'ben', serviceId: 'payments', roleId: 'processMaster', allocation: 50 },
      's2',
    );
    const container = document.createElement('div');
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        <ComparisonTables comparison={compareScenarios(doc, 's1', 's2')} currency="EUR" />,
      ),
    );
    const row = [...container.querySelectorAll('tr')].find((each) =>
      each.textContent?.startsWith('Cost per year'),
    )!;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '98,000 EUR',
      '141,000 EUR',
      '+43,000 EUR',
    ]);
    root.unmount();
  });
});
