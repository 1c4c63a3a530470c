/** Paper and orientation of a printed report, as the coach chooses them in the export dialog. */
export const PAGE_SIZES = ['A4', 'A3'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export interface PageSetup {
  size: PageSize;
  orientation: Orientation;
}

/** Maps are wide, so a report starts in landscape unless the coach picks portrait. */
export const DEFAULT_PAGE_SETUP: PageSetup = { size: 'A4', orientation: 'landscape' };

/** Portrait width × height in millimetres (ISO 216). */
const PAPER_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

/**
 * Page margins in millimetres. Top and bottom hold the report's running header and footer
 * (CSS margin boxes, pageStyleSheet.ts), so they are taller than the sides.
 */
export const PAGE_MARGINS_MM = { top: 17, right: 12, bottom: 15, left: 12 } as const;

export function paperSize(setup: PageSetup): { width: number; height: number } {
  const { width, height } = PAPER_MM[setup.size];
  return setup.orientation === 'landscape' ? { width: height, height: width } : { width, height };
}

/** The area inside the margins, where the report's content flows. */
export function printableArea(setup: PageSetup): { width: number; height: number } {
  const paper = paperSize(setup);
  return {
    width: paper.width - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right,
    height: paper.height - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom,
  };
}

/**
 * The query a print route carries its page setup in ("size=A4&orientation=landscape"). Main
 * appends it to the route it was asked to print, from the validated request fields.
 */
export function pageSetupQuery(setup: PageSetup): string {
  return `size=${setup.size}&orientation=${setup.orientation}`;
}

/** Reads a page setup back from query values; anything unknown falls back to the default. */
export function pageSetupFromQuery(get: (name: string) => string | null): PageSetup {
  const size = PAGE_SIZES.find((value) => value === get('size'));
  const orientation = ORIENTATIONS.find((value) => value === get('orientation'));
  return {
    size: size ?? DEFAULT_PAGE_SETUP.size,
    orientation: orientation ?? DEFAULT_PAGE_SETUP.orientation,
  };
}
