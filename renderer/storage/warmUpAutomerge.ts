import {
  type Doc,
  change,
  from,
  getHeads,
  init,
  load,
  loadIncremental,
  merge,
  save,
  saveSince,
} from '@automerge/automerge/slim';

/**
 * Enough history, loaded often enough, that the loader's hot functions are compiled optimised:
 * measured in Chromium, this takes a 5,000-change map's first load from ~250 to ~110 ms of
 * main-thread time, for ~300 ms spread over idle periods.
 */
const WARM_UP_CHANGES = 100;
const WARM_UP_LOADS = 3;
const CHANGES_PER_STAGE = 25;

type WarmUpDoc = {
  title: string;
  steps: { id: string; name: string; minutes: number; done: boolean; notes: string | null }[];
  tags: string[];
};

/**
 * Runs Automerge's load and save paths once on a small throwaway document. Chromium compiles
 * each wasm function on its first call (lazily, then again optimised once it runs hot), and
 * Automerge's loader is large: without this the first workshop opened in a window pays for
 * compiling it before its documents can show. Each stage runs in its own idle period after
 * start-up, so none holds up a click for long; it touches no storage and no repo. Resolves
 * when done.
 */
export function warmUpAutomerge(): Promise<void> {
  let doc: Doc<WarmUpDoc>;
  let fork: Doc<WarmUpDoc>;
  let bytes: Uint8Array;
  const stages = [
    () => {
      doc = from<WarmUpDoc>({
        title: 'warm-up',
        steps: [{ id: 's1', name: 'Intake', minutes: 5, done: false, notes: null }],
        tags: ['a'],
      });
      fork = loadIncremental(init<WarmUpDoc>(), save(doc));
    },
    ...Array.from({ length: WARM_UP_CHANGES / CHANGES_PER_STAGE }, (_, stage) => () => {
      for (let i = stage * CHANGES_PER_STAGE; i < (stage + 1) * CHANGES_PER_STAGE; i++) {
        doc = change(doc, (draft) => {
          draft.title = `warm-up ${i}`;
          draft.steps[0]!.minutes = i;
          if (i % 20 === 0)
            draft.steps.push({ id: `s${i}`, name: 'Step', minutes: i, done: true, notes: 'n' });
        });
      }
    }),
    () => void (fork = change(fork, (draft) => void draft.tags.push('b'))),
    () => {
      const heads = getHeads(doc);
      doc = merge(doc, fork);
      saveSince(doc, heads);
      bytes = save(doc);
    },
    ...Array.from({ length: WARM_UP_LOADS }, () => [
      () => void loadIncremental(init<WarmUpDoc>(), bytes),
      () => void load<WarmUpDoc>(bytes),
    ]).flat(),
  ];
  return new Promise((resolve, reject) => {
    const runNext = () => {
      try {
        stages.shift()?.();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (stages.length > 0) requestIdleCallback(runNext, { timeout: 2000 });
      else resolve();
    };
    requestIdleCallback(runNext, { timeout: 2000 });
  });
}
