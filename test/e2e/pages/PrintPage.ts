import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PAGE_MARGINS_MM } from '../../../shared/print/pageSetup';
import { REPORT_PDF_OPTIONS } from '../../../shared/print/pdfOptions';
import { READ_PRINT_STATE_SCRIPT, readPrintState } from '../../../shared/print/printState';

/** A PDF made from a print route, read back with poppler's tools. */
export interface PrintedPdf {
  path: string;
  /** pdftotext's text, pages separated by form feeds. */
  text: string;
  pages: number;
  /** pdfinfo's "Page size" line, e.g. "1191.12 x 841.92 pts (A3)". */
  pageSize: string;
  landscape: boolean;
}

/**
 * A report's print route, and the PDF step Electron's main process runs on it: Chromium's own
 * PDF engine, with no header or footer template — the running header is the report's own.
 */
export class PrintPage {
  constructor(readonly page: Page) {}

  /** Counts window.print() calls instead of opening a dialog (call before the first navigation). */
  async stubPrintDialog(): Promise<void> {
    await this.page.addInitScript(() => {
      const counter = window as unknown as { printCalls: number };
      counter.printCalls = 0;
      window.print = () => {
        counter.printCalls += 1;
      };
    });
  }

  async printDialogCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
  }

  async open(hash: string): Promise<void> {
    await this.page.goto(`./${hash}`);
    await this.expectReady();
  }

  async expectReady(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-print-ready', 'true', {
      timeout: 30_000,
    });
  }

  /** Chooses paper and orientation in the export dialog and confirms. */
  async choosePageSetup(size: 'A4' | 'A3', orientation: 'Landscape' | 'Portrait'): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: size }).check();
    await dialog.getByRole('radio', { name: orientation }).check();
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
  }

  async savePdf(): Promise<PrintedPdf> {
    const state = readPrintState(await this.page.evaluate(READ_PRINT_STATE_SCRIPT));
    if (state.status !== 'ready') throw new Error(`print view not ready: ${JSON.stringify(state)}`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'obeya-pdf-')), 'report.pdf');
    await this.page.pdf({ path: file, ...REPORT_PDF_OPTIONS });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pageSize = /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
    const [width = 0, height = 0] = pageSize.split(' x ').map(parseFloat);
    return {
      path: file,
      text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      pageSize,
      landscape: width > height,
    };
  }
}

/** Text without any whitespace: a table cell may wrap a long word anywhere. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A word of the PDF with its box in points (y grows downward) and its page's size. */
export interface PdfWord {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word of the PDF with its position, from `pdftotext -bbox`. */
export function pdfWords(pdfPath: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((pageHtml, index) => {
      const pageWidth = Number(/^width="([\d.]+)"/.exec(pageHtml)?.[1]);
      const pageHeight = Number(/height="([\d.]+)"/.exec(pageHtml)?.[1]);
      const words = pageHtml.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
      );
      return Array.from(words, (match) => ({
        text: match[5]!,
        page: index + 1,
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
        pageWidth,
        pageHeight,
      }));
    });
}

/** Words whose box reaches past the page's edge: text that overflowed the layout. */
export function wordsOffPage(words: readonly PdfWord[]): string[] {
  return words
    .filter(
      (w) => w.xMin < 0 || w.yMin < 0 || w.xMax > w.pageWidth + 0.5 || w.yMax > w.pageHeight + 0.5,
    )
    .map((w) => w.text);
}

/**
 * Each page's lines as `pdftotext -layout` sets them out, blank ones left out: the words of a
 * table row or a contents line stay on one line, cells apart by two or more spaces.
 */
export function pdfPageLines(pdfPath: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
}

/** A line of a report's contents: what it names (its cells, one space apart) and its page. */
export interface ContentsEntry {
  label: string;
  page: number;
}

/** The entries of the contents on a page's lines: those that end in a page number. */
export function contentsEntries(lines: readonly string[]): ContentsEntry[] {
  return lines.flatMap((line) => {
    const cells = line.split(/\s{2,}/);
    const page = cells.pop();
    return cells.length > 0 && page !== undefined && /^\d+$/.test(page)
      ? [{ label: cells.join(' '), page: Number(page) }]
      : [];
  });
}

/** The line a page opens with under the running header, its cells one space apart. */
export function openingLine(pageLines: readonly string[]): string {
  return (pageLines[1] ?? '').split(/\s{2,}/).join(' ');
}

/** Words in the running header band (above the page's top margin). */
export function headerWords(words: readonly PdfWord[]): PdfWord[] {
  return words.filter((w) => w.yMax < PAGE_MARGINS_MM.top * POINTS_PER_MM);
}

/** What a page prints in its top and bottom margins, words in reading order, one space apart. */
export interface RunningBands {
  header: string;
  footer: string;
}

/** Each page's running header and footer, for pages 1 to `pages` (a page may have none). */
export function runningBands(words: readonly PdfWord[], pages: number): RunningBands[] {
  const band = (page: number, inBand: (word: PdfWord) => boolean) =>
    words
      .filter((word) => word.page === page && inBand(word))
      .sort((a, b) => Math.round(a.yMin - b.yMin) || a.xMin - b.xMin)
      .map((word) => word.text)
      .join(' ');
  return Array.from({ length: pages }, (_, index) => ({
    header: band(index + 1, (w) => w.yMax < PAGE_MARGINS_MM.top * POINTS_PER_MM),
    footer: band(index + 1, (w) => w.yMin > w.pageHeight - PAGE_MARGINS_MM.bottom * POINTS_PER_MM),
  }));
}

const POINTS_PER_MM = 72 / 25.4;
