import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StepsTable } from '../../../../renderer/print/vsm/StepsTable';
import { computeMetrics, updateStep, type ValueStreamMapDoc } from '../../../../shared/vsm';
import { paymentsChangeMap } from '../../vsm/map/workshopMaps';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('StepsTable', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  function render(map: ValueStreamMapDoc): void {
    act(() => root.render(<StepsTable map={map} metrics={computeMetrics(map)} />));
  }

  const row = (name: string) =>
    [...container.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === name,
    )!;
  const cells = (name: string) =>
    [...row(name).querySelectorAll('td')].slice(2, 5).map((td) => td.textContent);

  it('shows every time in the map’s display unit, as the map does', () => {
    const map = paymentsChangeMap();
    const review = map.steps.find((step) => step.name === 'Code review')!;
    updateStep(map, review.id, { changeoverTime: { value: 30, unit: 'minutes' } });
    render(map);
    expect(cells('Code review')).toEqual(['0.75 h', '23.5 h', '22.75 h']);
    expect(cells('Requirements & design review')).toEqual(['4 h', '80 h', '76 h']);
    expect(row('Code review').querySelectorAll('td')[8]!.textContent).toBe('0.5 h');
    expect(container.querySelector('tfoot')!.textContent).toContain('297 h');
  });
});
