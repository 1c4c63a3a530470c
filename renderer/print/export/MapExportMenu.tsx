import { useState } from 'react';
import { DisclosureMenu } from '../../app/DisclosureMenu';
import { kaizensToCsv } from '../../../shared/print/kaizensToCsv';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import { exportFileName } from './exportFileName';
import { mapSvgFile } from './mapSvgFile';
import { PdfExportDialog } from './PdfExportDialog';
import { svgToPng } from './svgToPng';
import { usePdfExport } from './usePdfExport';
import { useSaveExport } from './useSaveExport';

interface Props {
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
  mapUrl: string;
  workshopUrl: string;
}

/** The map editor's Export menu: the map's PDF report, the drawing as SVG or PNG, the kaizen list. */
export function MapExportMenu({ map, metrics, mapUrl, workshopUrl }: Props) {
  const pdf = usePdfExport();
  const [choosingPdf, setChoosingPdf] = useState(false);

  const save = useSaveExport('map');
  const encode = (text: string) => new TextEncoder().encode(text);

  return (
    <>
      <DisclosureMenu label="Export" className="export-menu">
        {(closeMenu) => (
          <>
            <button
              type="button"
              onClick={() => {
                closeMenu();
                pdf.prepare();
                setChoosingPdf(true);
              }}
            >
              Export PDF…
            </button>
            <button
              type="button"
              onClick={() => {
                closeMenu();
                void save('svg', map.title, async () =>
                  encode((await mapSvgFile(map, metrics)).text),
                );
              }}
            >
              Export SVG
            </button>
            <button
              type="button"
              onClick={() => {
                closeMenu();
                void save('png', map.title, async () => {
                  const file = await mapSvgFile(map, metrics);
                  return svgToPng(file.text, file.width, file.height);
                });
              }}
            >
              Export PNG
            </button>
            <button
              type="button"
              onClick={() => {
                closeMenu();
                void save('csv', `${map.title} kaizens`, async () => encode(kaizensToCsv(map)));
              }}
            >
              Export kaizen list (CSV)
            </button>
          </>
        )}
      </DisclosureMenu>
      {choosingPdf && (
        <PdfExportDialog
          title="Export PDF of this map"
          onClose={() => setChoosingPdf(false)}
          onExport={(page) =>
            void pdf.run(
              { report: 'document', workshopUrl, documentUrl: mapUrl },
              page,
              exportFileName(map.title, 'pdf', 'map'),
            )
          }
        />
      )}
    </>
  );
}
