import type { DocHandle } from '@automerge/automerge-repo/slim';
import { repairDanglingReferences, type DanglingReport } from '../../shared/org/danglingReferences';
import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { changeDocument } from '../documents/documentHistory';

interface Props {
  handle: DocHandle<OrgDesignDoc>;
  reports: readonly DanglingReport[];
}

/**
 * What two laptops' edits left pointing at something deleted (a placement of a person deleted
 * on the other laptop): listed with what the repair does, and repaired with one button — an
 * edit like any other, so Undo takes it back. Until then the design opens and its checks skip
 * them.
 */
export function RepairNotice({ handle, reports }: Props) {
  return (
    <section className="org-repair" role="status" aria-labelledby="org-repair-heading">
      <h2 id="org-repair-heading">
        ⚠ {reports.length === 1 ? '1 thing needs' : `${reports.length} things need`} repairing after
        edits on two laptops
      </h2>
      <ul>
        {reports.slice(0, 5).map((report, index) => (
          <li key={index}>
            {report.message} <span className="org-muted">Repair: {report.repair}</span>
          </li>
        ))}
        {reports.length > 5 && <li>… and {reports.length - 5} more of the same kind.</li>}
      </ul>
      <button
        type="button"
        className="primary"
        onClick={() => changeDocument(handle, (design) => void repairDanglingReferences(design))}
      >
        Repair
      </button>
    </section>
  );
}
