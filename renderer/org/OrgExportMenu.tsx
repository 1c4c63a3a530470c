import { useState } from 'react';
import type { OrgDesignDoc, Scenario } from '../../shared/org/OrgDesignDoc';
import { peopleToCsv, placementsToCsv } from '../../shared/org/table/orgTables';
import { DisclosureMenu } from '../app/DisclosureMenu';
import { exportFileName } from '../print/export/exportFileName';
import { PdfExportDialog } from '../print/export/PdfExportDialog';
import { svgToPng } from '../print/export/svgToPng';
import { usePdfExport } from '../print/export/usePdfExport';
import { useSaveExport } from '../print/export/useSaveExport';
import { orgChartFile } from '../print/org/orgChartFile';

interface Props {
  design: OrgDesignDoc;
  scenario: Scenario;
  designUrl: string;
  workshopUrl: string;
}

/** The design's Export menu: its PDF report, the scenario's chart as SVG or PNG, the CSV files. */
export function OrgExportMenu({ design, scenario, designUrl, workshopUrl }: Props) {
  const pdf = usePdfExport();
  const [choosingPdf, setChoosingPdf] = useState(false);

  const save = useSaveExport('organisation design');
  const text = (value: string) => new TextEncoder().encode(value);
  const chartName = `${design.title} — ${scenario.name}`;

  return (
    <>
      <DisclosureMenu label="Export" className="export-menu">
        {(closeMenu) => {
          const item = (label: string, action: () => void) => (
            <button
              type="button"
              onClick={() => {
                closeMenu();
                action();
              }}
            >
              {label}
            </button>
          );
          return (
            <>
              {item('Export PDF…', () => {
                pdf.prepare();
                setChoosingPdf(true);
              })}
              {item(
                `Chart of “${scenario.name}” (SVG)`,
                () =>
                  void save('svg', chartName, async () =>
                    text((await orgChartFile(design, scenario)).text),
                  ),
              )}
              {item(
                `Chart of “${scenario.name}” (PNG)`,
                () =>
                  void save('png', chartName, async () => {
                    const file = await orgChartFile(design, scenario);
                    return svgToPng(file.text, file.width, file.height);
                  }),
              )}
              {item(
                'People (CSV)',
                () =>
                  void save('csv', `${design.title} people`, async () => text(peopleToCsv(design))),
              )}
              {item(
                `Placements in “${scenario.name}” (CSV)`,
                () =>
                  void save('csv', `${design.title} placements ${scenario.name}`, async () =>
                    text(placementsToCsv(design, scenario.id)),
                  ),
              )}
            </>
          );
        }}
      </DisclosureMenu>
      {choosingPdf && (
        <PdfExportDialog
          title="Export PDF of this design"
          onClose={() => setChoosingPdf(false)}
          onExport={(page) =>
            void pdf.run(
              { report: 'document', workshopUrl, documentUrl: designUrl },
              page,
              exportFileName(design.title, 'pdf', 'organisation design'),
            )
          }
        />
      )}
    </>
  );
}
