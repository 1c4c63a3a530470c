import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { LibraryPage } from './pages/LibraryPage';
import { MapEditorPage } from './pages/MapEditorPage';
import {
  compact,
  contentsEntries,
  headerWords,
  openingLine,
  pdfPageLines,
  pdfWords,
  PrintPage,
  runningBands,
  wordsOffPage,
} from './pages/PrintPage';
import { WorkshopHomePage } from './pages/WorkshopHomePage';

const FIGURES = [
  'Lead time',
  'Process time',
  'Activity ratio',
  'Rolled %C&A',
  'Total wait',
  'Steps / handoffs',
];

interface WorkshopDetails {
  title: string;
  client?: string;
  facilitator?: string;
  date?: string;
}

/** A new workshop with one map, through the UI; leaves the map editor open. */
async function workshopWithMap(
  page: Page,
  workshop: WorkshopDetails,
  template: RegExp,
  mapTitle = 'Current state',
) {
  const library = new LibraryPage(page);
  await library.open();
  await library.createWorkshop(workshop);
  if (workshop.date) await new WorkshopHomePage(page).field('Date').fill(workshop.date);
  await page.getByRole('button', { name: 'New value stream map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New value stream map' });
  await dialog.getByLabel('Title').fill(mapTitle);
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(mapTitle) })).toBeVisible();
  return new MapEditorPage(page);
}

async function pasteRows(page: Page, editor: MapEditorPage, rows: string): Promise<void> {
  await editor.showView('Table');
  await page.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste steps' });
  await dialog.getByRole('textbox').fill(rows);
  await dialog.getByRole('button', { name: 'Add steps' }).click();
}

async function openExportMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
}

/** The workshop and map URLs of the editor that is open. */
function documentUrls(page: Page): { workshopUrl: string; mapUrl: string } {
  const parts = new URL(page.url()).hash.split('/').map(decodeURIComponent);
  return { workshopUrl: parts[2]!, mapUrl: parts[4]! };
}

async function screenFigures(editor: MapEditorPage): Promise<string[]> {
  return Promise.all(
    FIGURES.map(async (label) => (await editor.metric(label).textContent()) ?? ''),
  );
}

test.describe('PDF reports', () => {
  test('a map exported as PDF carries the workshop header, every step and the figures shown on screen', async ({
    page,
  }) => {
    const printPage = new PrintPage(page);
    await printPage.stubPrintDialog();
    const workshop = {
      title: 'Acme delivery workshop',
      client: 'Acme Bank',
      facilitator: 'Anna Coach',
      date: '2026-11-26',
    };
    const editor = await workshopWithMap(page, workshop, /Software delivery pipeline/);
    const figures = await screenFigures(editor);
    expect(figures[0]).toBe('57.75 h');
    await editor.showView('Table');
    const names = await editor
      .table()
      .getByLabel(/^Name of step/)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(names.length).toBeGreaterThan(5);
    await editor.expectSaved();

    await openExportMenu(page);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await printPage.choosePageSetup('A3', 'Landscape');
    await expect(page).toHaveURL(
      /#\/print\/workshop\/automerge:\w+\/doc\/automerge:\w+\?size=A3&orientation=landscape&dialog=1$/,
    );
    await printPage.expectReady();
    await expect.poll(() => printPage.printDialogCalls()).toBe(1);
    // The running header is the page's own, before, during and after any print: a second print
    // from the toolbar, Ctrl+P or a PDF made outside the dialog all have it.
    await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
    await expect.poll(() => printPage.printDialogCalls()).toBe(2);

    const pdf = await printPage.savePdf();
    expect(pdf.pageSize).toMatch(/\(A3\)$/);
    expect(pdf.landscape).toBe(true);
    const text = compact(pdf.text);
    for (const expected of [
      workshop.title,
      workshop.client,
      '26 Nov 2026',
      'Value stream map: Current state',
      ...names,
      ...figures,
    ]) {
      expect(text, `the PDF shows “${expected}”`).toContain(compact(expected));
    }
    expect(pdf.text).toContain('Lead time 57.75 h = Σ lead time along the longest path');
    // A one-document report has no cover: the running header and footer are on every page,
    // once (the PDF was made with no header or footer template), at a readable size (6 pt).
    const words = pdfWords(pdf.path);
    runningBands(words, pdf.pages).forEach((band, index) => {
      expect(band.header).toBe('Acme delivery workshop · Acme Bank 26 Nov 2026');
      expect(band.footer).toBe(`Value stream map: Current state Page ${index + 1} of ${pdf.pages}`);
    });
    const header = headerWords(words).filter((word) => word.text === 'delivery');
    for (const word of header) expect(word.yMax - word.yMin).toBeGreaterThan(5);
    // On A3 the eight-step map fits the first page; metrics and the steps table follow.
    expect(pdf.text).not.toContain('Tile 1/1');
    expect(pdf.pages).toBe(2);

    await page.getByRole('button', { name: '← Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Current state/ })).toBeVisible();
  });

  test('a 60-step map is tiled over pages at a readable size', async ({ page }) => {
    const editor = await workshopWithMap(page, { title: 'Long stream' }, /Blank map/);
    const rows = Array.from(
      { length: 60 },
      (_, i) =>
        `Stage-${String(i + 1).padStart(2, '0')}\tDevelopment team\t1 h\t${2 + (i % 5)} h\t98`,
    );
    await pasteRows(page, editor, `Name\tRole\tPT\tLT\t%C&A\n${rows.join('\n')}`);
    await expect(page.locator('.rows-report')).toContainText('Added 60 steps.');
    await editor.expectMetric('Steps / handoffs', '60 / 59');
    const figures = await screenFigures(editor);
    await editor.expectSaved();

    const { workshopUrl, mapUrl } = documentUrls(page);
    const printPage = new PrintPage(page);
    await printPage.open(
      `#/print/workshop/${workshopUrl}/doc/${mapUrl}?size=A4&orientation=landscape`,
    );
    const pdf = await printPage.savePdf();

    const tiles = [...pdf.text.matchAll(/Tile (\d+)\/(\d+) of (\d+)×(\d+)/g)];
    const [rowCount, columnCount] = [Number(tiles[0]?.[3]), Number(tiles[0]?.[4])];
    expect(rowCount * columnCount).toBeGreaterThanOrEqual(4);
    expect(tiles).toHaveLength(rowCount * columnCount);
    expect(new Set(tiles.map((tile) => `${tile[1]}/${tile[2]}`)).size).toBe(tiles.length);
    // Title page with the overview, one page per tile, then metrics, 60 table rows and kaizens.
    expect(pdf.pages).toBeGreaterThanOrEqual(tiles.length + 3);
    expect(pdf.text).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
    for (let i = 1; i <= 60; i++) expect(pdf.text).toContain(`Stage-${String(i).padStart(2, '0')}`);
    for (const figure of figures) expect(compact(pdf.text)).toContain(compact(figure));

    // Step names on the tiles print at a readable size (pdftotext's box is ~1.2 × the font size).
    const words = pdfWords(pdf.path);
    const onTiles = words
      .filter((word) => word.text === 'Stage-30')
      .map((word) => word.yMax - word.yMin);
    expect(Math.max(...onTiles)).toBeGreaterThan(7);
    expect(wordsOffPage(words)).toEqual([]);
  });

  test('markup in names and notes prints as text and long text stays on the page', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostileTitle = '<img src=x onerror=alert(1)>';
    const hostileStep = '<script>alert(1)</script>';
    const longName = `Very long step name ${'that keeps going '.repeat(10)}`.trim().slice(0, 200);
    const longNotes = `Notes ${'with many words and averyveryveryverylongunbrokenwordthatneverends '.repeat(80)}`;
    const editor = await workshopWithMap(
      page,
      { title: hostileTitle, client: '"Quotes" & <Co>' },
      /Blank map/,
    );
    await pasteRows(
      page,
      editor,
      [
        `${hostileStep}\tOps\t1 h\t2 h\t100`,
        `"${longName}"\tDev\t1 h\t3 h\t90\t2\t"${longNotes}"`,
      ].join('\n'),
    );
    await expect(page.locator('.rows-report')).toContainText('Added 2 steps.');
    await editor.expectSaved();

    const { workshopUrl, mapUrl } = documentUrls(page);
    const printPage = new PrintPage(page);
    await printPage.open(
      `#/print/workshop/${workshopUrl}/doc/${mapUrl}?size=A4&orientation=portrait`,
    );
    await expect(page.locator('.report-section-title')).toHaveText('Current state');
    const pdf = await printPage.savePdf();

    const text = compact(pdf.text);
    expect(text).toContain(compact(hostileStep));
    expect(text).toContain(compact(hostileTitle));
    expect(text).toContain(compact('"Quotes" & <Co>'));
    expect(text).toContain(compact(longName));
    // The running header repeats the title on every page, escaped.
    expect(pdf.text.split(hostileTitle).length - 1).toBeGreaterThanOrEqual(pdf.pages);
    expect(wordsOffPage(pdfWords(pdf.path))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('the workshop report has a cover, contents, a summary and a section per map', async ({
    page,
  }) => {
    const printPage = new PrintPage(page);
    await printPage.stubPrintDialog();
    const workshop = {
      title: 'Report workshop',
      client: 'Globex',
      facilitator: 'Sam Facilitator',
      date: '2026-03-09',
    };
    const editor = await workshopWithMap(page, workshop, /Software delivery pipeline/);
    await page.getByRole('button', { name: 'Derive future state' }).click();
    await expect(page.locator('.topbar .state-badge')).toHaveText('Future state');
    await editor.showView('Table');
    await editor.tableCell('LT of Release approval').fill('1 h');
    await editor.expectMetric('Lead time', '34.5 h');
    await editor.expectSaved();

    await page.getByRole('link', { name: '← Workshop' }).click();
    await page.getByRole('button', { name: 'Export PDF report' }).click();
    await printPage.choosePageSetup('A4', 'Portrait');
    await expect(page).toHaveURL(
      /#\/print\/workshop\/automerge:\w+\?size=A4&orientation=portrait&dialog=1$/,
    );
    await printPage.expectReady();
    // On screen, too, the cover is a page of its own: Contents starts past its edge, not
    // under its last line.
    const coverEnd = await page.locator('.report-cover dd').last().boundingBox();
    const contentsStart = await page.getByRole('heading', { name: 'Contents' }).boundingBox();
    expect(contentsStart!.y - (coverEnd!.y + coverEnd!.height)).toBeGreaterThan(100);
    const pdf = await printPage.savePdf();

    expect(pdf.pageSize).toMatch(/\(A4\)$/);
    expect(pdf.landscape).toBe(false);
    const pages = pdf.text.split('\f');
    expect(compact(pages[0]!)).toContain('WORKSHOPREPORT');
    expect(compact(pages[0]!)).toContain(compact(workshop.title));
    for (const detail of ['Globex', '9 Mar 2026', 'Sam Facilitator', 'Generated'])
      expect(pages[0]).toContain(detail);
    expect(pages[1]).toContain('Contents');
    expect(pages[1]).toContain('Summary');
    const text = compact(pdf.text);
    for (const expected of [
      'Current state',
      'Future state',
      'Current versus future state',
      '−23.25 h',
      // The activity ratio rises from 35.93 % to 60.14 %: percentage points.
      'Activity ratio 35.93 % 60.14 % +24.2 pp',
      'Steps',
    ]) {
      expect(text).toContain(compact(expected));
    }
    const words = pdfWords(pdf.path);
    expect(wordsOffPage(words)).toEqual([]);

    // Made with no header or footer template, the PDF has the report's own running header and
    // page numbers on every page but the cover, once.
    const bands = runningBands(words, pdf.pages);
    expect(bands[0]).toEqual({ header: '', footer: '' });
    bands.slice(1).forEach((band, index) => {
      expect(band.header).toBe('Report workshop · Globex 9 Mar 2026');
      expect(band.footer).toBe(`Workshop report Page ${index + 2} of ${pdf.pages}`);
    });

    // The contents give each section's page, and that page opens with the section's heading
    // and is numbered so in its footer.
    const lines = pdfPageLines(pdf.path);
    const [summary, current, future] = contentsEntries(lines[1]!);
    expect(summary?.label).toBe('Summary of every document');
    expect(lines[summary!.page - 1]).toContain('Summary');
    expect(current?.label).toBe('1 Current state Value stream map');
    expect(future?.label).toBe('2 Future state Value stream map');
    // The current state's map is tiled in portrait: its section takes more than one page.
    expect(future!.page).toBeGreaterThan(current!.page + 1);
    for (const section of [summary!, current!, future!])
      expect(bands[section.page - 1]!.footer).toContain(`Page ${section.page} of ${pdf.pages}`);
    for (const section of [current!, future!])
      expect(openingLine(lines[section.page - 1]!)).toBe(section.label);
  });

  test('the map exports as SVG and 2× PNG, and the kaizen list as CSV', async ({ page }) => {
    const editor = await workshopWithMap(
      page,
      { title: 'Export formats' },
      /Software delivery pipeline/,
    );
    await editor.showView('Kaizen');
    await page.getByRole('button', { name: 'Add kaizen' }).click();
    await page.getByLabel('Problem', { exact: true }).fill('=Approval waits for the weekly CAB');
    await editor.expectSaved();

    const download = async (item: string) => {
      await openExportMenu(page);
      const started = page.waitForEvent('download');
      await page.getByRole('button', { name: item }).click();
      const file = await started;
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
    };

    const svg = await download('Export SVG');
    expect(svg.name).toBe('Current state.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('Development');
    expect(svgText).toContain("@font-face{font-family:'Obeya Inter'");
    expect(svgText).toMatch(/style="[^"]*fill:/);
    expect(svgText).not.toContain('class=');
    const svgWidth = Number(/<svg [^>]*width="([\d.]+)"/.exec(svgText)?.[1]);

    const png = await download('Export PNG');
    expect(png.name).toBe('Current state.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));

    const csv = await download('Export kaizen list (CSV)');
    expect(csv.name).toBe('Current state kaizens.csv');
    const [header, row] = csv.bytes.toString('utf8').split('\r\n');
    expect(header).toBe(
      'Problem,Where,Evidence,Why 1,Why 2,Why 3,Why 4,Why 5,Hypothesis,Countermeasure,Owner,Due,PDCA,KPI,KPI unit,KPI target,KPI measured',
    );
    expect(row).toMatch(/^'=Approval waits for the weekly CAB,the whole stream,/);
  });
});
