import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ChipView } from '../../../../renderer/org/chart/ChipView';
import '../../../../renderer/app/app.css';
import '../../../../renderer/org/chart/chart.css';

describe('ChipView', () => {
  it('shows an over-allocated person’s whole name beside the flag with their total, clear of it', async () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '400');
    svg.setAttribute('height', '100');
    document.body.append(svg);
    const root = createRoot(svg);
    flushSync(() =>
      root.render(
        <ChipView
          chip={{
            key: 'k',
            personId: 'daniel',
            name: 'Daniel Okafor',
            roleId: 'reliabilityEngineer',
            roleName: 'Reliability Engineer',
            allocation: 60,
            x: 0,
            y: 0,
            width: 194,
            height: 40,
          }}
          load={{ total: 110, capacity: 100, status: 'over', services: 2, switching: true }}
          state={null}
          showRole
        />,
      ),
    );
    await document.fonts.ready;
    const name = svg.querySelector<SVGTextElement>('.org-chip-name')!;
    const flag = svg.querySelector<SVGTextElement>('.org-chip-flag')!;
    expect(name.textContent).toBe('Daniel Okafor');
    expect(flag.textContent).toMatch(/^⚠ 110\s%$/);
    const nameBox = name.getBBox();
    expect(nameBox.x + nameBox.width).toBeLessThan(flag.getBBox().x);
    root.unmount();
    svg.remove();
  });
});
