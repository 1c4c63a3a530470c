import '../../../renderer/app/app.css';
import { Repo } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  addRespondent,
  answerItem,
  newAssessment,
  recordAgreedValue,
  revealRound,
  startRound,
  type AssessmentDoc,
} from '../../../shared/assessment';
import { AssessmentEditor } from '../../../renderer/assessment/AssessmentEditor';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { NotificationsProvider } from '../../../renderer/app/Notifications';
import { choosePlatform } from '../../../renderer/platform';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { WorkshopSync } from '../../../renderer/sync/workshopSync';

const NOW = Date.UTC(2026, 2, 2, 9);

// The editor with the app's own styles on a 1280×720 projector: what a respondent sees while
// moving through the questionnaire.
describe('AssessmentEditor on a projector', () => {
  let container: HTMLDivElement;
  let root: Root;
  let repo: Repo;
  let db: ObeyaDatabase;

  beforeEach(async () => {
    await page.viewport(1280, 720);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    repo = new Repo();
    db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
  });

  function open(doc: AssessmentDoc): void {
    const services = {
      repo,
      db,
      sync: new WorkshopSync(repo),
      platform: choosePlatform(),
    } as unknown as AppServices;
    const handle = repo.create<AssessmentDoc>(doc);
    flushSync(() =>
      root.render(
        <AppServicesProvider services={services}>
          <NotificationsProvider>
            <AssessmentEditor handle={handle} workshopUrl="automerge:w" />
          </NotificationsProvider>
        </AppServicesProvider>,
      ),
    );
  }

  afterEach(async () => {
    flushSync(() => root.unmount());
    container.remove();
    document.scrollingElement!.scrollTop = 0;
    await repo.shutdown();
    db.close();
    await db.delete();
  });

  const text = () => container.textContent ?? '';
  const top = (selector: string) => container.querySelector(selector)!.getBoundingClientRect().top;
  /** Where the questions stop being hidden under the answering status that stays on top. */
  const statusBottom = () =>
    container.querySelector('.answer-status')!.getBoundingClientRect().bottom;

  it('shows the round being answered whole in the header, before a long title that may be cut', async () => {
    const doc = newAssessment(
      { title: 'ACME Bank — payments, cards and customer portal DevOps assessment' },
      NOW,
      () => 'r1',
    );
    startRound(doc, { label: 'Round 2 — after the first PDCA cycle' }, NOW + 1, () => 'r2');
    open(doc);
    await expect.poll(() => container.querySelector('.round-badge')).toBeTruthy();
    const round = container.querySelector<HTMLElement>('.round-badge')!;
    expect(round.textContent).toBe('Round 2 — after the first PDCA cycle');
    expect(round.scrollWidth).toBeLessThanOrEqual(round.clientWidth);
    expect(round.getBoundingClientRect().right).toBeLessThanOrEqual(
      container.querySelector('h1')!.getBoundingClientRect().right,
    );
    // The title gives way, and says itself whole on hover.
    const title = container.querySelector<HTMLElement>('.assessment-title-text')!;
    expect(title.title).toBe('ACME Bank — payments, cards and customer portal DevOps assessment');
  });

  async function startAnswering(): Promise<void> {
    open(newAssessment({ title: 'ACME' }, NOW, () => 'r1'));
    await expect.poll(text).toContain('Who is answering?');
    await userEvent.fill(container.querySelector<HTMLInputElement>('input:not([type])')!, 'Olga');
    await userEvent.click(
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Start answering')!,
    );
    await expect.poll(text).toContain('0 of 31 answered');
  }

  it('keeps the tabs on screen and shows a section’s heading below the status when its link is followed', async () => {
    await startAnswering();
    const link = [...container.querySelectorAll('.section-links a')].find((a) =>
      a.textContent?.startsWith('Continuous Delivery'),
    )!;
    await userEvent.click(link);

    expect(document.scrollingElement!.scrollTop).toBe(0);
    expect(top('[role="tablist"]')).toBeGreaterThanOrEqual(56);
    const heading = document.activeElement!;
    expect(heading.textContent).toBe('Continuous Delivery');
    expect(heading.getBoundingClientRect().top).toBeGreaterThanOrEqual(statusBottom());
  });

  it('never leaves the question reached with Shift+Tab under the status', async () => {
    await startAnswering();
    const panel = container.querySelector<HTMLElement>('.assessment-panel')!;
    const radio = (itemId: string) =>
      container.querySelector<HTMLInputElement>(`input[name="${itemId}"]`)!;
    // Go / no-go criteria scrolled to just under the status, the next question in view.
    panel.scrollTop +=
      radio('itsm.goNoGo').getBoundingClientRect().top - panel.getBoundingClientRect().top - 20;
    expect(radio('itsm.goNoGo').getBoundingClientRect().top).toBeLessThan(statusBottom());
    radio('lean.visualControl').focus({ preventScroll: true });

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('name')).toBe('itsm.goNoGo');
    expect(focused.getBoundingClientRect().top).toBeGreaterThanOrEqual(statusBottom());
    expect(document.scrollingElement!.scrollTop).toBe(0);
  });

  it('shows the whole agreed answer of a fit question, however long its wording', async () => {
    const doc = newAssessment({ title: 'ACME' }, NOW, () => 'r1');
    for (const [id, value] of [
      ['marco', 'speed'],
      ['olga', 'continuity'],
    ] as const) {
      addRespondent(doc, { identity: 'named', name: id }, NOW, () => id);
      answerItem(
        doc,
        { roundId: 'r1', respondentId: id, itemId: 'fit.speedOrContinuity', value },
        { now: NOW, deviceId: 'seed' },
      );
    }
    revealRound(doc, 'r1');
    recordAgreedValue(doc, 'r1', 'fit.speedOrContinuity', 'speed', NOW);
    open(doc);
    await userEvent.click(
      [...container.querySelectorAll('[role="tab"]')].find((t) => t.textContent === 'Facilitate')!,
    );
    const agreedSelect = () =>
      container.querySelector<HTMLSelectElement>('[data-item="fit.speedOrContinuity"] select');
    await expect.poll(agreedSelect).toBeTruthy();
    const select = agreedSelect()!;
    const chosen = select.selectedOptions[0]!.text;
    expect(chosen).toMatch(
      /^Speed of release above all: an occasional failed release is acceptable/,
    );
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = getComputedStyle(select).font;
    // The text, the select's padding and its arrow.
    expect(select.clientWidth).toBeGreaterThan(context.measureText(chosen).width + 32);
  });

  it('opens each view at its top and brings a view back where it was left', async () => {
    const doc = newAssessment({ title: 'ACME' }, NOW, () => 'r1');
    addRespondent(doc, { identity: 'named', name: 'Olga' }, NOW, () => 'olga');
    answerItem(
      doc,
      { roundId: 'r1', respondentId: 'olga', itemId: 'lean.kaizen', value: 2 },
      { now: NOW, deviceId: 'seed' },
    );
    revealRound(doc, 'r1');
    open(doc);
    const tab = (name: string) =>
      [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find(
        (t) => t.textContent === name,
      )!;
    const panel = () => container.querySelector<HTMLElement>('.assessment-panel')!;
    await userEvent.click(tab('Facilitate'));
    await expect.poll(() => container.querySelectorAll('article.item-card').length).toBe(31);
    panel().scrollTop = 1500;

    await userEvent.click(tab('Result'));
    await expect.poll(() => container.querySelector('.result-headline')).toBeTruthy();
    expect(panel().scrollTop).toBe(0);
    await userEvent.click(tab('Facilitate'));
    await expect.poll(() => container.querySelectorAll('article.item-card').length).toBe(31);
    expect(panel().scrollTop).toBe(1500);
  });
});
