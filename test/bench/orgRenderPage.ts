// The page the organisation-design render benchmark loads (built by orgRender.bench.ts):
// mounts the matrix of a large design and times edits inside the browser.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { checksOf } from '../../shared/org/checks/checkScenario';
import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { scenarioModel } from '../../shared/org/scenarioModel';
import { MatrixChart } from '../../renderer/org/chart/MatrixChart';
import { chipLoads } from '../../renderer/org/chart/personLoad';
import { flagsByService } from '../../renderer/org/chartFlags';
import '../../renderer/app/app.css';
import { largeDesign } from '../unit/shared/org/orgTestDesigns';

export interface OrgRenderBenchPage {
  /** Renders the matrix of the large design; ms from render to the next frame, and chips drawn. */
  mount(): Promise<{ ms: number; chips: number }>;
  /**
   * Applies `count` allocation edits a frame apart; per edit, ms of the matrix's work — the
   * scenario's model and loads, then React's render and commit of the chart — and of the
   * checks the editor runs beside it.
   */
  edit(count: number): Promise<{ render: number[]; checks: number[] }>;
}

const host = document.getElementById('root')!;
const root = createRoot(host);
let design: OrgDesignDoc;
const remote = new Map<string, string>();
const noop = () => undefined;

function render(flags: ReadonlyMap<string, string>): void {
  const model = scenarioModel(design, design.scenarios.s1!);
  const loads = chipLoads(model);
  root.render(
    createElement(MatrixChart, {
      model,
      loads,
      serviceFlags: flags,
      selection: null,
      remote,
      onSelect: noop,
      onPlaceInCell: noop,
      onMovePlacement: noop,
      onRemovePlacement: noop,
    }),
  );
}

/**
 * One allocation changes and the rest keeps its identity, as an Automerge change gives the
 * editor: the design, its scenario and the placements record are new, the other placements,
 * people, services and pools the same objects.
 */
function editOnce(i: number): void {
  const scenario = design.scenarios.s1!;
  const keys = Object.keys(scenario.placements);
  const key = keys[(i * 37) % keys.length]!;
  const placements = { ...scenario.placements };
  placements[key] = { ...placements[key]!, allocation: 30 + (i % 60) };
  design = { ...design, scenarios: { ...design.scenarios, s1: { ...scenario, placements } } };
}

const page: OrgRenderBenchPage = {
  async mount() {
    design = largeDesign();
    flushSync(() => root.render(null));
    const started = performance.now();
    const model = scenarioModel(design, design.scenarios.s1!);
    flushSync(() => render(flagsByService(checksOf(model))));
    await new Promise(requestAnimationFrame);
    const ms = performance.now() - started;
    return { ms, chips: host.querySelectorAll('.org-chip').length };
  },
  async edit(count) {
    const renders: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < count; i++) {
      editOnce(i);
      const checked = performance.now();
      const flags = flagsByService(checksOf(scenarioModel(design, design.scenarios.s1!)));
      const started = performance.now();
      flushSync(() => render(flags));
      renders.push(performance.now() - started);
      checks.push(started - checked);
      await new Promise(requestAnimationFrame);
    }
    return { render: renders, checks };
  },
};

(window as unknown as { orgRenderBench: OrgRenderBenchPage }).orgRenderBench = page;
