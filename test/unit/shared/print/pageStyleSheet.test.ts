import { describe, expect, it } from 'vitest';
import { pageStyleSheet } from '../../../../shared/print/pageStyleSheet';
import type { ReportHeader } from '../../../../shared/print/reportHeader';

const FONT = "'Obeya Inter', sans-serif";
const A4_PORTRAIT = { size: 'A4', orientation: 'portrait' } as const;

const header: ReportHeader = {
  workshopTitle: 'Acme delivery workshop',
  client: 'Acme Bank',
  date: '26 Nov 2026',
  report: 'Value stream map: Current state',
};

/** The body of the at-rule `name` inside the general @page rule, e.g. "top-left". */
function marginBox(css: string, name: string): string {
  return new RegExp(`@page \\{[^\\n]*@${name} \\{ ([^}]*) \\}`).exec(css)?.[1] ?? '';
}

describe('pageStyleSheet', () => {
  it('sizes the page from the setup, with no header before the report is known', () => {
    expect(pageStyleSheet(A4_PORTRAIT, null, FONT)).toBe(
      '@page { size: A4 portrait; margin: 17mm 12mm 15mm 12mm; }',
    );
  });

  it('draws the workshop, client, date, report and page numbers in the page margins', () => {
    const css = pageStyleSheet({ size: 'A3', orientation: 'landscape' }, header, FONT);
    expect(css).toContain('@page { size: A3 landscape;');
    expect(marginBox(css, 'top-left')).toContain('content: "Acme delivery workshop · Acme Bank";');
    expect(marginBox(css, 'top-right')).toContain('content: "26 Nov 2026";');
    expect(marginBox(css, 'bottom-left')).toContain('content: "Value stream map: Current state";');
    expect(marginBox(css, 'bottom-right')).toContain(
      'content: "Page " counter(page) " of " counter(pages);',
    );
    expect(marginBox(css, 'top-left')).toContain(`font-family: ${FONT};`);
  });

  it('leaves out the client separator when there is no client', () => {
    const css = pageStyleSheet(A4_PORTRAIT, { ...header, client: '' }, FONT);
    expect(marginBox(css, 'top-left')).toContain('content: "Acme delivery workshop";');
  });

  it('prints the cover as a page of its own name without header or footer', () => {
    const css = pageStyleSheet(A4_PORTRAIT, header, FONT);
    expect(css).toContain('.report-cover { page: report-cover; }');
    const cover = /@page report-cover \{(.*)\}$/m.exec(css)?.[1] ?? '';
    for (const box of ['top-left', 'top-right', 'bottom-left', 'bottom-right'])
      expect(cover).toContain(`@${box} { content: none; }`);
  });

  it('escapes user text so that it cannot end the string or the rule', () => {
    const hostile = '"} body { display: none } </style><script>alert(1)</script>\\';
    const css = pageStyleSheet(A4_PORTRAIT, { ...header, workshopTitle: hostile }, FONT);
    const content = /content: "((?:[^"\\]|\\[0-9a-f]+ )*)";/.exec(marginBox(css, 'top-left'));
    expect(content?.[1]).toBe(
      '\\22 \\7d  body \\7b  display: none \\7d  \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\5c  · Acme Bank',
    );
  });

  it('flattens line breaks and cuts text too long for the margin with an ellipsis', () => {
    const long = `First line\nsecond line ${'x'.repeat(200)}`;
    const css = pageStyleSheet(A4_PORTRAIT, { ...header, report: long }, FONT);
    const content = /content: "([^"]*)";/.exec(marginBox(css, 'bottom-left'))?.[1] ?? '';
    expect(content.startsWith('First line second line x')).toBe(true);
    expect(Array.from(content)).toHaveLength(90);
    expect(content.endsWith('…')).toBe(true);
  });
});
