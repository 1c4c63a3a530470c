import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SETUP,
  PAGE_MARGINS_MM,
  pageSetupFromQuery,
  pageSetupQuery,
  paperSize,
  printableArea,
} from '../../../../shared/print/pageSetup';

const query = (text: string) => {
  const params = new URLSearchParams(text);
  return (name: string) => params.get(name);
};

describe('page setup', () => {
  it('turns the paper for landscape', () => {
    expect(paperSize({ size: 'A4', orientation: 'portrait' })).toEqual({ width: 210, height: 297 });
    expect(paperSize({ size: 'A4', orientation: 'landscape' })).toEqual({
      width: 297,
      height: 210,
    });
    expect(paperSize({ size: 'A3', orientation: 'landscape' })).toEqual({
      width: 420,
      height: 297,
    });
  });

  it('leaves the margins out of the printable area', () => {
    const { top, right, bottom, left } = PAGE_MARGINS_MM;
    expect(printableArea({ size: 'A3', orientation: 'portrait' })).toEqual({
      width: 297 - left - right,
      height: 420 - top - bottom,
    });
    expect(printableArea({ size: 'A4', orientation: 'landscape' })).toEqual({
      width: 273,
      height: 178,
    });
  });

  it('travels as a query and back', () => {
    const setup = { size: 'A3', orientation: 'portrait' } as const;
    expect(pageSetupQuery(setup)).toBe('size=A3&orientation=portrait');
    expect(pageSetupFromQuery(query(pageSetupQuery(setup)))).toEqual(setup);
  });

  it('falls back to A4 landscape for anything it does not know', () => {
    expect(pageSetupFromQuery(query(''))).toEqual(DEFAULT_PAGE_SETUP);
    expect(pageSetupFromQuery(query('size=Letter&orientation=sideways'))).toEqual({
      size: 'A4',
      orientation: 'landscape',
    });
    expect(pageSetupFromQuery(query('size=a3&orientation=portrait'))).toEqual({
      size: 'A4',
      orientation: 'portrait',
    });
  });
});
