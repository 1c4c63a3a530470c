import {
  formatNumber,
  type Kaizen,
  type PdcaPhase,
  type ValueStreamMapDoc,
} from '../../../shared/vsm';
import { kaizenAnchorLabel } from '../../../shared/vsm';
import { truncateLabel } from '../../vsm/map/truncateLabel';

const PDCA_LABELS: Record<PdcaPhase, string> = {
  plan: 'Plan',
  do: 'Do',
  check: 'Check',
  act: 'Act',
  done: 'Done',
};
/** Co-edited texts have no length limit; one kaizen must still fit on a page. */
const TEXT_CHARS = 600;

/** Every kaizen burst as an action card: problem, where, 5 whys, countermeasure, owner, PDCA, KPI. */
export function KaizenList({ map }: { map: ValueStreamMapDoc }) {
  return (
    <section className="print-kaizens" aria-label="Kaizen bursts">
      <h3>Kaizen bursts ({map.kaizens.length})</h3>
      {map.kaizens.length === 0 ? (
        <p className="report-note">No kaizen bursts on this map.</p>
      ) : (
        map.kaizens.map((kaizen) => <KaizenCard key={kaizen.id} map={map} kaizen={kaizen} />)
      )}
    </section>
  );
}

function KaizenCard({ map, kaizen }: { map: ValueStreamMapDoc; kaizen: Kaizen }) {
  const text = (value: string) => (value.trim() ? truncateLabel(value.trim(), TEXT_CHARS) : '—');
  const whys = kaizen.fiveWhys.map((why) => why.trim()).filter(Boolean);
  const { kpi } = kaizen;
  const kpiParts = [
    kpi.target === undefined ? '' : `target ${formatNumber(kpi.target)} ${kpi.unit}`.trim(),
    kpi.measured === undefined ? '' : `measured ${formatNumber(kpi.measured)} ${kpi.unit}`.trim(),
  ].filter(Boolean);
  const kpiText = kpi.name
    ? `${truncateLabel(kpi.name, 200)}${kpiParts.length ? `: ${kpiParts.join(', ')}` : ''}`
    : '—';
  return (
    <article className="print-kaizen print-block">
      <header className="print-kaizen-header">
        <h4>
          {kaizen.problem.trim()
            ? truncateLabel(kaizen.problem.trim(), TEXT_CHARS)
            : 'Untitled problem'}
        </h4>
        <span className={`print-pdca pdca-${kaizen.pdca}`}>PDCA: {PDCA_LABELS[kaizen.pdca]}</span>
      </header>
      <dl className="print-kaizen-fields">
        <div>
          <dt>Where</dt>
          <dd>{truncateLabel(kaizenAnchorLabel(map, kaizen.attachedTo), 410)}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{kaizen.owner || '—'}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{kaizen.dueDate || '—'}</dd>
        </div>
        <div>
          <dt>KPI</dt>
          <dd>{kpiText}</dd>
        </div>
        <div className="is-wide">
          <dt>Data that shows the problem</dt>
          <dd>{text(kaizen.evidence)}</dd>
        </div>
        <div className="is-wide">
          <dt>5 whys</dt>
          <dd>
            {whys.length === 0 ? (
              '—'
            ) : (
              <ol className="print-whys">
                {whys.map((why, index) => (
                  <li key={index}>{truncateLabel(why, 300)}</li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        <div className="is-wide">
          <dt>Hypothesis</dt>
          <dd>{text(kaizen.hypothesis)}</dd>
        </div>
        <div className="is-wide">
          <dt>Countermeasure</dt>
          <dd>{text(kaizen.countermeasure)}</dd>
        </div>
      </dl>
    </article>
  );
}
