import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { ChipBox } from '../../../../renderer/org/chart/chartGeometry';
import { chipHeight, chipText, wrapText } from '../../../../renderer/org/chart/chipText';
import { ChipView } from '../../../../renderer/org/chart/ChipView';
import type { ChipLoad } from '../../../../renderer/org/chart/personLoad';
import '../../../../renderer/app/app.css';
import '../../../../renderer/org/chart/chart.css';

/** A matrix chip as the layout makes it: 194 wide, its lines and height from its words. */
function matrixChip(name: string, roleName: string, allocation: number, load: ChipLoad): ChipBox {
  const chip = { name, roleName, allocation, width: 194 };
  const text = chipText(chip, load, true);
  return {
    ...chip,
    key: 'k',
    personId: 'p',
    roleId: 'r',
    x: 0,
    y: 0,
    height: chipHeight(text),
    text,
  };
}

function drawn(chip: ChipBox, load: ChipLoad) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '100');
  document.body.append(svg);
  const root = createRoot(svg);
  flushSync(() => root.render(<ChipView chip={chip} load={load} state={null} />));
  return {
    svg,
    remove: () => {
      root.unmount();
      svg.remove();
    },
  };
}

describe('ChipView', () => {
  it('shows a long name and a long role whole on a second line, inside the chip, at 12 px or more', async () => {
    const load: ChipLoad = {
      total: 120,
      capacity: 100,
      status: 'over',
      services: 3,
      switching: true,
    };
    const chip = matrixChip(
      'Greta Holmqvist-Andersson',
      'Gatekeeper / Release coordinator',
      40,
      load,
    );
    const { svg, remove } = drawn(chip, load);
    await document.fonts.ready;
    const name = svg.querySelector<SVGTextElement>('.org-chip-name')!;
    const detail = svg.querySelector<SVGTextElement>('.org-chip-detail')!;
    // Nothing cut: the lines hold every letter.
    const letters = (text: string | null) => text!.replace(/\s/g, '');
    expect(letters(name.textContent)).toBe('GretaHolmqvist-Andersson');
    expect(letters(detail.textContent)).toBe('Gatekeeper/Releasecoordinator·40%');
    const box = svg.querySelector<SVGRectElement>('.org-chip-box')!.getBBox();
    const flag = svg.querySelector<SVGTextElement>('.org-chip-flag')!.getBBox();
    const multi = svg.querySelector<SVGTextElement>('.org-chip-multi')!.getBBox();
    for (const line of svg.querySelectorAll<SVGTSpanElement>('tspan')) {
      const lineBox = line.getBBox();
      expect(lineBox.x + lineBox.width, line.textContent!).toBeLessThanOrEqual(box.width);
      expect(lineBox.y + lineBox.height, line.textContent!).toBeLessThanOrEqual(box.height);
      expect(parseFloat(getComputedStyle(line).fontSize)).toBeGreaterThanOrEqual(12);
    }
    // The first line of each stays clear of the flag and of "×3".
    const [firstName, firstDetail] = [name, detail].map((text) =>
      text.querySelector('tspan')!.getBBox(),
    );
    expect(firstName!.x + firstName!.width).toBeLessThan(flag.x);
    expect(firstDetail!.x + firstDetail!.width).toBeLessThan(multi.x);
    remove();
  });

  it('shows an over-allocated person’s whole name beside the flag with their total, clear of it', async () => {
    const load: ChipLoad = {
      total: 110,
      capacity: 100,
      status: 'over',
      services: 2,
      switching: true,
    };
    const { svg, remove } = drawn(
      matrixChip('Daniel Okafor', 'Reliability Engineer', 60, load),
      load,
    );
    await document.fonts.ready;
    const name = svg.querySelector<SVGTextElement>('.org-chip-name')!;
    const flag = svg.querySelector<SVGTextElement>('.org-chip-flag')!;
    expect(name.textContent).toBe('Daniel Okafor');
    expect(flag.textContent).toMatch(/^⚠ 110\s%$/);
    const nameBox = name.getBBox();
    expect(nameBox.x + nameBox.width).toBeLessThan(flag.getBBox().x);
    remove();
  });

  it('never breaks a share from its percent sign', () => {
    const lines = wrapText('Reliability Engineer · 80\u00a0%', 178, 12);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/80\u00a0%$/);
  });
});
