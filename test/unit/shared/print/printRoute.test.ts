import { describe, expect, it } from 'vitest';
import {
  parsePrintRoute,
  printRouteHref,
  printTargetPath,
  type PrintRoute,
} from '../../../../shared/print/printRoute';

const WORKSHOP = 'automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu';
const MAP = 'automerge:2Xb1yqHBvxa7hjNbwBnmS8WLpKgd';

describe('parsePrintRoute', () => {
  it('reads a workshop report with its page setup', () => {
    expect(parsePrintRoute(`#/print/workshop/${WORKSHOP}?size=A3&orientation=portrait`)).toEqual({
      target: { report: 'workshop', workshopUrl: WORKSHOP },
      page: { size: 'A3', orientation: 'portrait' },
      openDialog: false,
    });
  });

  it("reads a document report under its workshop, and the browser dialog's flag", () => {
    expect(
      parsePrintRoute(
        `#/print/workshop/${WORKSHOP}/doc/${MAP}?size=A4&orientation=landscape&dialog=1`,
      ),
    ).toEqual({
      target: { report: 'document', workshopUrl: WORKSHOP, documentUrl: MAP },
      page: { size: 'A4', orientation: 'landscape' },
      openDialog: true,
    });
  });

  it('takes a missing or unknown page setup as A4 landscape', () => {
    expect(parsePrintRoute(`#/print/workshop/${WORKSHOP}`)?.page).toEqual({
      size: 'A4',
      orientation: 'landscape',
    });
    expect(parsePrintRoute(`#print/workshop/${WORKSHOP}?size=B5&dialog=yes`)).toMatchObject({
      page: { size: 'A4', orientation: 'landscape' },
      openDialog: false,
    });
  });

  it('decodes escaped parts, and keeps a part that is not valid escaping as it is', () => {
    expect(parsePrintRoute('#/print/workshop/automerge%3Aabc/doc/100%25%zz')?.target).toEqual({
      report: 'document',
      workshopUrl: 'automerge:abc',
      documentUrl: '100%25%zz',
    });
    expect(
      parsePrintRoute(`#/print/workshop/${WORKSHOP}?size=A3&size=A4&orientation=portrait`)?.page,
    ).toEqual({ size: 'A3', orientation: 'portrait' });
  });

  it('reads a document route without its document as the workshop report', () => {
    expect(parsePrintRoute(`#/print/workshop/${WORKSHOP}/doc/`)?.target).toEqual({
      report: 'workshop',
      workshopUrl: WORKSHOP,
    });
  });

  it('is not a print route without a workshop, or for anything else', () => {
    for (const hash of ['', '#/', '#/print', '#/print/workshop/', `#/workshop/${WORKSHOP}`]) {
      expect(parsePrintRoute(hash), hash).toBeNull();
    }
  });
});

describe('print route hrefs', () => {
  it('write what parsePrintRoute reads', () => {
    const routes: PrintRoute[] = [
      {
        target: { report: 'workshop', workshopUrl: WORKSHOP },
        page: { size: 'A3', orientation: 'landscape' },
        openDialog: false,
      },
      {
        target: { report: 'document', workshopUrl: WORKSHOP, documentUrl: MAP },
        page: { size: 'A4', orientation: 'portrait' },
        openDialog: true,
      },
    ];
    for (const route of routes) expect(parsePrintRoute(printRouteHref(route))).toEqual(route);
    expect(printRouteHref(routes[1]!)).toBe(
      `#/print/workshop/${WORKSHOP}/doc/${MAP}?size=A4&orientation=portrait&dialog=1`,
    );
  });

  it("give main the route without a query, in the characters main's schema admits", () => {
    const path = printTargetPath({ report: 'document', workshopUrl: WORKSHOP, documentUrl: MAP });
    expect(path).toBe(`#/print/workshop/${WORKSHOP}/doc/${MAP}`);
    expect(path).toMatch(/^#\/[A-Za-z0-9/:._-]+$/);
  });
});
