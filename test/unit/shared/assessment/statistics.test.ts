import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choiceConsensus,
  summarizeCounts,
  summarizeValues,
  summarizeWeighted,
  tastleWiermanConsensus,
} from '../../../../shared/assessment/statistics';

const LIKERT = { min: 1, max: 5 };

describe('summarizeValues quartiles', () => {
  it('interpolate between order statistics (Hyndman & Fan type 7)', () => {
    const quartiles = (values: number[]) => {
      const summary = summarizeValues(values, LIKERT)!;
      return [summary.q1, summary.median, summary.q3];
    };
    expect(quartiles([1, 2, 3, 4])).toEqual([1.75, 2.5, 3.25]);
    expect(quartiles([1, 2, 2, 3, 5])).toEqual([2, 2, 3]);
    expect(quartiles([4])).toEqual([4, 4, 4]);
  });
});

describe('summarizeCounts and summarizeWeighted', () => {
  it('give the same figures as the answers one by one', () => {
    const byValue = summarizeValues([5, 2, 1, 3, 2], LIKERT);
    expect(
      summarizeCounts(
        new Map([
          [2, 2],
          [5, 1],
          [1, 1],
          [3, 1],
        ]),
        LIKERT,
      ),
    ).toEqual(byValue);
    expect(summarizeWeighted([1, 2, 3, 4, 5], [1, 2, 1, 0, 1], LIKERT)).toEqual(byValue);
    expect(summarizeWeighted([1, 2, 3], [0, 0, 0], LIKERT)).toBeNull();
  });
});

describe('summarizeWeighted quartiles on any counts', () => {
  /** Hyndman & Fan type 7 on the answers put in order, one by one. */
  const quantile = (sorted: number[], p: number) => {
    const h = (sorted.length - 1) * p;
    const below = Math.floor(h);
    const lower = sorted[below]!;
    return lower + (h - below) * (sorted[Math.min(below + 1, sorted.length - 1)]! - lower);
  };

  it('are the quantiles of the answers in order, zero counts and a block offset included', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(6), { minLength: 8, maxLength: 8 }),
        fc.nat(5),
        (distinct, counts, from) => {
          const values = [...distinct].sort((a, b) => a - b);
          const weights = [...Array<number>(from).fill(9), ...counts.slice(0, values.length)];
          const sorted = values.flatMap((value, index) =>
            Array<number>(weights[from + index]!).fill(value),
          );
          const summary = summarizeWeighted(values, weights, { min: 0, max: 100 }, from);
          if (sorted.length === 0) {
            expect(summary).toBeNull();
            return;
          }
          expect([summary!.q1, summary!.median, summary!.q3]).toEqual([
            quantile(sorted, 0.25),
            quantile(sorted, 0.5),
            quantile(sorted, 0.75),
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tastleWiermanConsensus', () => {
  it('is 1 when everyone agrees and 0 when the room splits between the two ends', () => {
    expect(tastleWiermanConsensus([4, 4, 4], LIKERT)).toBe(1);
    expect(tastleWiermanConsensus([1, 1, 5, 5], LIKERT)).toBe(0);
  });

  it('matches hand-computed values', () => {
    // μ = 3.5, every |X − μ| / 4 = 0.125: 1 + log₂ 0.875.
    expect(tastleWiermanConsensus([3, 3, 4, 4], LIKERT)).toBeCloseTo(0.807355, 6);
    // μ = 2.6: 1 + (log₂ 0.6 + 2 log₂ 0.85 + log₂ 0.9 + log₂ 0.4) / 5.
    expect(tastleWiermanConsensus([1, 2, 2, 3, 5], LIKERT)).toBeCloseTo(0.464035, 6);
    // A percentage: μ = 20, each 10 points off on a width of 100: 1 + log₂ 0.9.
    expect(tastleWiermanConsensus([10, 30], { min: 0, max: 100 })).toBeCloseTo(0.847997, 6);
  });
});

describe('choiceConsensus', () => {
  it('is 1 − H / log₂ k', () => {
    expect(choiceConsensus([4, 0, 0], 3)).toBe(1);
    expect(choiceConsensus([1, 1, 1], 3)).toBeCloseTo(0, 12);
    expect(choiceConsensus([2, 2, 0], 3)).toBeCloseTo(1 - 1 / Math.log2(3), 12);
    expect(choiceConsensus([2, 1, 0], 3)).toBeCloseTo(0.42062, 5);
  });
});

describe('summarizeValues', () => {
  it('gives median, quartiles, spread and consensus of hand-computed answers', () => {
    const summary = summarizeValues([5, 2, 1, 3, 2], LIKERT)!;
    expect(summary).toMatchObject({
      n: 5,
      min: 1,
      max: 5,
      range: 4,
      median: 2,
      q1: 2,
      q3: 3,
      iqr: 1,
    });
    expect(summary.mean).toBeCloseTo(2.6, 12);
    expect(summary.standardDeviation).toBeCloseTo(Math.sqrt(1.84), 12);
    expect(summary.consensus).toBeCloseTo(0.464035, 6);
  });

  it('is null without answers', () => {
    expect(summarizeValues([], LIKERT)).toBeNull();
  });

  const scaleAndValues = fc
    .record({
      min: fc.integer({ min: -10, max: 10 }),
      width: fc.integer({ min: 1, max: 100 }),
      whole: fc.boolean(),
    })
    .chain(({ min, width, whole }) =>
      fc.record({
        scale: fc.constant({ min, max: min + width }),
        values: fc.array(
          whole
            ? fc.integer({ min, max: min + width })
            : fc.double({ min, max: min + width, noNaN: true, noDefaultInfinity: true }),
          { minLength: 1, maxLength: 40 },
        ),
      }),
    );

  it('stays within the scale for any answers', () => {
    fc.assert(
      fc.property(scaleAndValues, ({ scale, values }) => {
        const summary = summarizeValues(values, scale)!;
        for (const figure of [summary.min, summary.q1, summary.median, summary.q3, summary.max]) {
          expect(figure).toBeGreaterThanOrEqual(scale.min);
          expect(figure).toBeLessThanOrEqual(scale.max);
        }
        expect(summary.q1).toBeLessThanOrEqual(summary.median);
        expect(summary.median).toBeLessThanOrEqual(summary.q3);
        expect(summary.iqr).toBeGreaterThanOrEqual(0);
        expect(summary.iqr).toBeLessThanOrEqual(summary.range);
        expect(summary.range).toBeLessThanOrEqual(scale.max - scale.min);
        expect(summary.consensus).toBeGreaterThanOrEqual(0);
        expect(summary.consensus).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('does not depend on the order the answers came in', () => {
    fc.assert(
      fc.property(
        scaleAndValues.chain(({ scale, values }) =>
          fc.record({
            scale: fc.constant(scale),
            values: fc.constant(values),
            shuffled: fc.shuffledSubarray(values, { minLength: values.length }),
          }),
        ),
        ({ scale, values, shuffled }) => {
          expect(summarizeValues(shuffled, scale)).toEqual(summarizeValues(values, scale));
        },
      ),
    );
  });

  it('finds full consensus and no spread when everyone gives the same answer', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (value, n) => {
          const summary = summarizeValues(Array(n).fill(value), { min: 0, max: 100 })!;
          expect(summary).toMatchObject({ consensus: 1, iqr: 0, range: 0, standardDeviation: 0 });
          expect(summary.median).toBe(value);
        },
      ),
    );
  });
});
