import fc from 'fast-check';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import '../../../../renderer/app/app.css';
import { FitBars } from '../../../../renderer/assessment/charts/FitBars';
import '../../../../renderer/print/assessment/assessmentReport.css';
import '../../../../renderer/print/print.css';
import {
  IMPLEMENTATION_TYPES,
  type FitResult,
  type ImplementationType,
} from '../../../../shared/assessment';

const MAX_SCORE = 12;

/** A fit result with the given points per type, ranked as scoreFit ranks them. */
function fitOf(points: number[]): FitResult {
  const ranking = IMPLEMENTATION_TYPES.map((type, index) => ({ type, score: points[index]! })).sort(
    (a, b) => b.score - a.score,
  );
  const [first, second] = ranking;
  const tied = first!.score === second!.score;
  const tiedTypes: ImplementationType[] = tied
    ? ranking.filter((row) => row.score === first!.score).map((row) => row.type)
    : [];
  return {
    status: 'complete',
    scores: Object.fromEntries(ranking.map((row) => [row.type, row.score])) as FitResult['scores'],
    ranking,
    recommended: tied ? null : first!.type,
    runnerUp: tied ? null : second!.type,
    margin: first!.score - second!.score,
    tiedTypes,
    drivers: [],
    contributions: [],
    missing: [],
  };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const boxOf = (element: Element): Box => {
  const box = element.getBoundingClientRect();
  return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
};

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// On screen, and in the report's page with its font and sizes.
describe.each([
  ['on screen', ''],
  ['in the report', 'print-report assessment-report'],
])('FitBars %s', (_where, className) => {
  const container = document.createElement('div');
  container.className = className;
  document.body.append(container);
  let root = createRoot(container);

  afterEach(() => {
    flushSync(() => root.unmount());
    root = createRoot(container);
  });

  function render(points: number[]): { chart: Box; labels: Box[]; lines: Box[] } {
    flushSync(() => root.render(<FitBars fit={fitOf(points)} maxScore={MAX_SCORE} />));
    return {
      chart: boxOf(container.querySelector('svg')!),
      labels: [...container.querySelectorAll('svg text')].map(boxOf),
      // A dashed guide is one pixel wide; widen it to the stroke either side.
      lines: [...container.querySelectorAll('.fit-guide')].map((line) => {
        const box = boxOf(line);
        return { ...box, left: box.left - 1, right: box.right + 1 };
      }),
    };
  }

  function expectClear({ chart, labels, lines }: ReturnType<typeof render>): void {
    labels.forEach((label, index) => {
      expect(label.right).toBeLessThanOrEqual(chart.right);
      for (const line of lines) expect(overlaps(label, line)).toBe(false);
      for (const other of labels.slice(index + 1)) expect(overlaps(label, other)).toBe(false);
    });
  }

  it('keeps the score labels clear of the margin’s dashed lines when the scores are close', async () => {
    await document.fonts.ready;
    const drawn = render([2.3, 1.7, 0]);
    expect(drawn.lines).toHaveLength(2);
    expectClear(drawn);
    expect(container.textContent).toContain('2.3 · recommended');
    expect(container.textContent).toContain('1.7');
  });

  it('keeps a score label beside its bar when no line runs through it', async () => {
    await document.fonts.ready;
    expectClear(render([1.8, 11.8, 5.3]));
    const bars = [...container.querySelectorAll('.fit-value')].map(boxOf);
    const scores = [...container.querySelectorAll('.fit-score')].map(boxOf);
    expect(container.querySelectorAll('.fit-score')[2]!.textContent).toBe('1.8');
    expect(scores[2]!.left - bars[2]!.right).toBeLessThan(10);
  });

  it('never lets a label cross a line or another label, whatever the scores', async () => {
    await document.fonts.ready;
    const score = fc.integer({ min: 0, max: MAX_SCORE * 10 }).map((tenths) => tenths / 10);
    fc.assert(
      fc.property(fc.tuple(score, score, score), (points) => {
        expectClear(render(points));
      }),
      { numRuns: 150 },
    );
  });
});
