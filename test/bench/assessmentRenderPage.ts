// The page the facilitator-view benchmark loads (built by assessmentRender.bench.ts): mounts the
// revealed facilitator view of a 30 × 60 × 4 assessment and times its re-render after one
// answer arrives, on a real Automerge document.
import type { DocHandle } from '@automerge/automerge-repo/slim';
import { automergeWasmBase64 } from '@automerge/automerge/automerge.wasm.base64';
import { change, from, initializeBase64Wasm } from '@automerge/automerge/slim';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { answerItem } from '../../shared/assessment/answerChanges';
import type { AssessmentDoc } from '../../shared/assessment/AssessmentDoc';
import { revealRound } from '../../shared/assessment/roundChanges';
import { FacilitateView } from '../../renderer/assessment/facilitate/FacilitateView';
import { QuestionnaireCatalogueContext } from '../../renderer/assessment/questionnaireCatalogue';
import { benchAssessment, RESPONDENTS } from './assessmentBenchDoc';

export interface AssessmentRenderBenchPage {
  /** Renders the facilitator view of the latest round, revealed; ms to the next frame. */
  mount(): Promise<{ ms: number; cards: number }>;
  /**
   * Lets `count` answers arrive one at a time, a frame apart, each an Automerge change as a
   * merge makes it; ms of synchronous re-render (figures and React) per answer.
   */
  answers(count: number): Promise<number[]>;
}

await initializeBase64Wasm(automergeWasmBase64);
const { doc: plain, catalogue } = benchAssessment();
revealRound(plain, 'round3');
let doc = from(plain as unknown as Record<string, unknown>) as unknown as AssessmentDoc;
const root = createRoot(document.getElementById('root')!);
// The view records agreed values through its handle; no answer arriving does.
const handle = {} as DocHandle<AssessmentDoc>;
let arrived = 0;

function render(): void {
  root.render(
    createElement(
      QuestionnaireCatalogueContext.Provider,
      { value: catalogue },
      createElement(FacilitateView, { handle, doc, round: doc.rounds.at(-1)! }),
    ),
  );
}

/** One respondent changes one answer in the round on screen, as another laptop's change does. */
function oneAnswerArrives(): void {
  const respondentId = `person${arrived % RESPONDENTS}`;
  const value = 1 + (arrived % 5);
  arrived++;
  doc = change(doc, (draft) =>
    answerItem(
      draft,
      { roundId: 'round3', respondentId, itemId: 'lean.kaizen', value },
      { now: Date.UTC(2026, 1, 1) + arrived, deviceId: 'peer', catalogue },
    ),
  );
}

const page: AssessmentRenderBenchPage = {
  async mount() {
    const started = performance.now();
    flushSync(render);
    await new Promise(requestAnimationFrame);
    return {
      ms: performance.now() - started,
      cards: document.querySelectorAll('article.item-card').length,
    };
  },
  async answers(count) {
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      oneAnswerArrives();
      const started = performance.now();
      flushSync(render);
      samples.push(performance.now() - started);
      await new Promise(requestAnimationFrame);
    }
    return samples;
  },
};
(window as unknown as { assessmentRenderBench: AssessmentRenderBenchPage }).assessmentRenderBench =
  page;
