import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  reportFooterTemplate,
  reportHeaderTemplate,
  reportPdfOptions,
} from '../../../../shared/print/headerFooterTemplates';
import type { ReportHeader } from '../../../../shared/print/reportHeader';

const HOSTILE = `"><img src=x onerror=alert(1)>&'<script>alert(2)</script>`;
const ESCAPED =
  '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&lt;script&gt;alert(2)&lt;/script&gt;';

const header: ReportHeader = {
  workshopTitle: 'Acme delivery workshop',
  client: 'Acme Bank',
  date: '26 Nov 2026',
  report: 'Value stream map: Current state',
};

const HEADER_TAGS = ['div style', 'span style', 'b', '/b', '/span', 'span style', '/span', '/div'];
const FOOTER_TAGS = [
  'div style',
  'span style',
  '/span',
  'span style',
  'span class',
  '/span',
  'span class',
  '/span',
  '/span',
  '/div',
];

/**
 * The markup's tags with their attribute names, texts and values left out. A tag whose
 * attributes are not all well-formed `name="value"` pairs is not matched at all.
 */
function tags(html: string): string[] {
  return Array.from(html.matchAll(/<(\/?[a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*>/g), (m) =>
    `${m[1]}${m[2]!.replace(/="[^"]*"/g, '')}`.trim(),
  );
}

describe('escapeHtml', () => {
  it('escapes the five characters that could open markup or end an attribute', () => {
    expect(escapeHtml(HOSTILE)).toBe(ESCAPED);
  });

  it('escapes an ampersand first, so an entity in the text prints as typed', () => {
    expect(escapeHtml('&lt; is not <')).toBe('&amp;lt; is not &lt;');
  });
});

describe('report header and footer templates', () => {
  it('put the workshop, the client and the date in the header', () => {
    const html = reportHeaderTemplate(header);
    expect(html).toContain('<b>Acme delivery workshop</b> · Acme Bank</span>');
    expect(html).toContain('>26 Nov 2026</span>');
  });

  it('leave the separator out when there is no client', () => {
    expect(reportHeaderTemplate({ ...header, client: '' })).not.toContain('·');
  });

  it('number the pages in the footer with the elements Chromium fills in', () => {
    const html = reportFooterTemplate(header);
    expect(html).toContain('>Value stream map: Current state</span>');
    expect(html).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('print hostile text in every field as text: the markup has only its own tags', () => {
    const hostile = { workshopTitle: HOSTILE, client: HOSTILE, date: HOSTILE, report: HOSTILE };
    const headerHtml = reportHeaderTemplate(hostile);
    const footerHtml = reportFooterTemplate(hostile);
    expect(tags(headerHtml)).toEqual(HEADER_TAGS);
    expect(tags(footerHtml)).toEqual(FOOTER_TAGS);
    expect(headerHtml.split(ESCAPED)).toHaveLength(4);
    expect(footerHtml.split(ESCAPED)).toHaveLength(2);
  });

  it('keep double quotes out of their inline styles, where a quote would end the attribute', () => {
    // A quote inside style="…" would turn the rest of the style into stray attributes.
    expect(tags(reportHeaderTemplate(header))).toEqual(HEADER_TAGS);
    expect(tags(reportFooterTemplate(header))).toEqual(FOOTER_TAGS);
  });
});

describe('reportPdfOptions', () => {
  it('takes the page from the report and its header and footer from the templates', () => {
    const header: ReportHeader = {
      workshopTitle: 'Retail bank',
      client: 'Northwind',
      date: '24 Nov 2026',
      report: 'Workshop report',
    };
    expect(reportPdfOptions(header)).toEqual({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: reportHeaderTemplate(header),
      footerTemplate: reportFooterTemplate(header),
    });
  });
});
