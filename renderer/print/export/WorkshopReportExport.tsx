import { useState } from 'react';
import { exportFileName } from './exportFileName';
import { PdfExportDialog } from './PdfExportDialog';
import { usePdfExport } from './usePdfExport';

/** The workshop home's "Export PDF report": every document of the workshop in one PDF. */
export function WorkshopReportExport({
  workshopUrl,
  title,
}: {
  workshopUrl: string;
  title: string;
}) {
  const [choosing, setChoosing] = useState(false);
  const pdf = usePdfExport();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          pdf.prepare();
          setChoosing(true);
        }}
      >
        Export PDF report
      </button>
      {choosing && (
        <PdfExportDialog
          title="Export PDF report"
          onClose={() => setChoosing(false)}
          onExport={(page) =>
            void pdf.run(
              { report: 'workshop', workshopUrl },
              page,
              exportFileName(`${title} report`, 'pdf', 'report'),
            )
          }
        />
      )}
    </>
  );
}
