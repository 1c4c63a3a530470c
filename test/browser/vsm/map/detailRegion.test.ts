import { describe, expect, it } from 'vitest';
import {
  DETAIL_MIN_SCALE,
  isInDetail,
  mapViewOf,
  nextDetailRegion,
} from '../../../../renderer/vsm/map/detailRegion';

describe('detail region of the map canvas', () => {
  it('converts a pan/zoom transform into the visible band in map units', () => {
    expect(mapViewOf({ x: -200, k: 0.5 }, 1000)).toEqual({ left: 400, right: 2400, scale: 0.5 });
  });

  it('draws no detail below the readable scale', () => {
    const view = { left: 0, right: 40_000, scale: DETAIL_MIN_SCALE / 10 };
    expect(nextDetailRegion({ left: 0, right: 50_000 }, view)).toBeNull();
    expect(isInDetail(null, 0, 100)).toBe(false);
  });

  it('widens the view by half its width on each side', () => {
    expect(nextDetailRegion(null, { left: 1000, right: 3000, scale: 0.5 })).toEqual({
      left: 0,
      right: 4000,
    });
  });

  it('keeps the region while the view stays inside it, so panning re-renders nothing', () => {
    const region = { left: 0, right: 4000 };
    expect(nextDetailRegion(region, { left: 1500, right: 3500, scale: 0.5 })).toBe(region);
    expect(nextDetailRegion(region, { left: 2500, right: 4500, scale: 0.5 })).toEqual({
      left: 1500,
      right: 5500,
    });
  });

  it('includes a box touching the region and leaves out one beyond it', () => {
    const region = { left: 1000, right: 2000 };
    expect(isInDetail(region, 900, 120)).toBe(true);
    expect(isInDetail(region, 1990, 120)).toBe(true);
    expect(isInDetail(region, 2100, 120)).toBe(false);
    expect(isInDetail(region, 700, 120)).toBe(false);
  });
});
