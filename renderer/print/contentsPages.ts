import { printableArea, type PageSetup } from '../../shared/print/pageSetup';

/** While set, print.css lays the report out in columns the size of a page (see below). */
export const PAGINATING_CLASS = 'is-paginating';

/** Page numbers by the element id a contents link points to. */
export type ContentsPages = ReadonlyMap<string, number>;

/**
 * On which page of the PDF each target of the report's contents starts. A page break cannot
 * be read back from a screen layout, so the report is laid out once more as Chromium's PDF step
 * lays it out: in columns the size of the printable area, whose forced breaks are the page
 * breaks (print.css), by the same block fragmentation that paginates the print — rows and
 * blocks that must not split move on whole, table headers repeat. A target's column is its
 * page. Nothing to number (a one-document report has no contents) costs no layout.
 */
export function measureContentsPages(report: HTMLElement, page: PageSetup): ContentsPages {
  const targets = Array.from(
    report.querySelectorAll<HTMLAnchorElement>('.report-contents a[href^="#"]'),
    (link) => link.hash.slice(1),
  );
  if (targets.length === 0) return new Map();
  report.classList.add(PAGINATING_CLASS);
  report.style.height = `${printableArea(page).height}mm`;
  try {
    const column = report.getBoundingClientRect();
    const pages = new Map<string, number>();
    for (const id of targets) {
      const target = report.ownerDocument.getElementById(id);
      if (!target || !report.contains(target)) continue;
      // A target split over columns reports the box around all its parts: its first column's left.
      const offset = target.getBoundingClientRect().left - column.left;
      pages.set(id, Math.floor((offset + 1) / column.width) + 1);
    }
    return pages;
  } finally {
    report.classList.remove(PAGINATING_CLASS);
    report.style.removeProperty('height');
  }
}
