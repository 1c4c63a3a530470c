import { useState } from 'react';
import { exportFileName } from '../print/export/exportFileName';
import { PdfExportDialog } from '../print/export/PdfExportDialog';
import { usePdfExport } from '../print/export/usePdfExport';

/** "Export PDF…": the assessment's report under the workshop's header. */
export function AssessmentExport(props: {
  workshopUrl: string;
  documentUrl: string;
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
        Export PDF…
      </button>
      {choosing && (
        <PdfExportDialog
          title="Export the assessment as PDF"
          onClose={() => setChoosing(false)}
          onExport={(page) =>
            void pdf.run(
              {
                report: 'document',
                workshopUrl: props.workshopUrl,
                documentUrl: props.documentUrl,
              },
              page,
              exportFileName(props.title, 'pdf', 'assessment'),
            )
          }
        />
      )}
    </>
  );
}
