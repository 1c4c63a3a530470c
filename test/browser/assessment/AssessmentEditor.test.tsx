import { Repo, type DocHandle } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  addRespondent,
  answerItem,
  newAssessment,
  revealRound,
  startRound,
  type AssessmentDoc,
} from '../../../shared/assessment';
import { AssessmentEditor } from '../../../renderer/assessment/AssessmentEditor';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { NotificationsProvider } from '../../../renderer/app/Notifications';
import { undoDocument } from '../../../renderer/documents/documentHistory';
import { choosePlatform } from '../../../renderer/platform';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { WorkshopSync } from '../../../renderer/sync/workshopSync';
import { viewForKind } from '../../../renderer/workshop/artefactKinds';

const NOW = Date.UTC(2026, 2, 2, 9);

// The editor with a real repo, real IndexedDB and real Automerge documents, as the app runs it.
describe('AssessmentEditor', () => {
  let container: HTMLDivElement;
  let root: Root;
  let repo: Repo;
  let db: ObeyaDatabase;
  let services: AppServices;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    repo = new Repo();
    db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
    services = {
      repo,
      db,
      sync: new WorkshopSync(repo),
      platform: choosePlatform(),
    } as unknown as AppServices;
  });

  afterEach(async () => {
    flushSync(() => root.unmount());
    container.remove();
    await repo.shutdown();
    db.close();
    await db.delete();
  });

  function open(handle: DocHandle<AssessmentDoc>): void {
    flushSync(() =>
      root.render(
        <AppServicesProvider services={services}>
          <NotificationsProvider>
            <AssessmentEditor handle={handle as DocHandle<unknown>} workshopUrl="automerge:w" />
          </NotificationsProvider>
        </AppServicesProvider>,
      ),
    );
  }

  /** An assessment with Anna (operations) and Ben (development) who answered KAIZEN 2 and 4. */
  function twoRespondents(): DocHandle<AssessmentDoc> {
    const doc = newAssessment({ title: 'ACME' }, NOW, () => 'r1');
    for (const [id, name, roleGroup, kaizen] of [
      ['anna', 'Anna', 'operations', 2],
      ['ben', 'Ben', 'development', 4],
    ] as const) {
      addRespondent(doc, { identity: 'named', name, roleGroup }, NOW, () => id);
      answerItem(
        doc,
        { roundId: 'r1', respondentId: id, itemId: 'lean.kaizen', value: kaizen },
        { now: NOW, deviceId: 'seed' },
      );
    }
    return repo.create<AssessmentDoc>(doc);
  }

  const tab = (name: string) =>
    [...container.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find(
      (element) => element.textContent === name,
    )!;
  const button = (name: string) =>
    [...container.querySelectorAll<HTMLButtonElement>('button')].find(
      (element) => element.textContent === name,
    );
  const text = () => container.textContent ?? '';

  it('shows a questionnaire version this build does not know as a clear screen, and changes nothing', async () => {
    const doc = newAssessment({ title: 'From a newer laptop' }, NOW, () => 'r1');
    doc.rounds[0]!.questionnaireVersion = 2;
    const handle = repo.create<AssessmentDoc>(doc);
    const heads = handle.heads();
    open(handle);
    await expect.poll(text).toContain('This assessment cannot be shown on this laptop');
    expect(text()).toContain(
      'These answers use questionnaire version 2, which this version of Obeya does not know. Update Obeya on this laptop to read them.',
    );
    expect(text()).toContain('Nothing was changed');
    expect(container.querySelector('[role="tablist"]')).toBeNull();
    expect(handle.heads()).toEqual(heads);
  });

  it('shows an answer off its scale from another laptop as a clear screen naming it, and shows the assessment again once it is mended', async () => {
    const handle = twoRespondents();
    open(handle);
    await userEvent.click(tab('Facilitate'));
    await userEvent.click(button('Reveal answers')!);
    await expect.poll(() => container.querySelectorAll('article.item-card').length).toBe(31);
    // What a broken or hostile peer could send: nothing the keyboard could produce.
    handle.change((draft) => {
      draft.respondents.ben!.answers.push({
        roundId: 'r1',
        itemId: 'lean.kaizen',
        value: 9,
        questionnaireVersion: 1,
        at: NOW + 1,
        deviceId: 'broken',
      });
    });
    await expect.poll(text).toContain('This assessment cannot be shown on this laptop');
    expect(text()).toContain('“KAIZEN” takes a whole number from 1 to 5; 9 is not on that scale.');
    handle.change((draft) => void draft.respondents.ben!.answers.pop());
    await expect.poll(() => container.querySelector('[role="tablist"]')).not.toBeNull();
    await userEvent.click(tab('Facilitate'));
    expect(container.querySelectorAll('article.item-card')).toHaveLength(31);
  });

  it('lets a respondent answer from the keyboard, hides the answers until the reveal, and undoes an answer', async () => {
    const handle = repo.create<AssessmentDoc>(newAssessment({ title: 'ACME' }, NOW, () => 'r1'));
    open(handle);
    await expect.poll(text).toContain('Who is answering?');
    await userEvent.fill(container.querySelector<HTMLInputElement>('input:not([type])')!, 'Olga');
    await userEvent.click(
      container.querySelector<HTMLInputElement>('input[type="radio"][value="operations"]')!,
    );
    await userEvent.click(button('Start answering')!);
    await expect.poll(text).toContain('0 of 31 answered');

    const kaizen = container.querySelector<HTMLFieldSetElement>('[data-item="lean.kaizen"]')!;
    await userEvent.click(kaizen.querySelector<HTMLInputElement>('input[value="2"]')!);
    await userEvent.keyboard('{ArrowRight}');
    await expect
      .poll(() => kaizen.querySelector<HTMLInputElement>('input:checked')?.value)
      .toBe('3');
    expect(text()).toContain('1 of 31 answered');
    const [olga] = Object.values(handle.doc().respondents);
    expect(olga!.roleGroup).toBe('operations');
    expect(olga!.answers.map((event) => event.value)).toEqual([2, 3]);

    // Before the reveal the facilitator sees progress only.
    await userEvent.click(tab('Facilitate'));
    expect(text()).toContain('Answers are hidden');
    expect(container.querySelectorAll('article.item-card')).toHaveLength(0);

    // Undo takes the last answer back (both keystrokes on the item were one burst).
    await userEvent.click(tab('Answer'));
    undoDocument(handle as DocHandle<unknown>);
    await expect.poll(text).toContain('0 of 31 answered');
  });

  it('takes the hand-over message away once the laptop moves on to another view', async () => {
    open(repo.create<AssessmentDoc>(newAssessment({ title: 'ACME' }, NOW, () => 'r1')));
    await expect.poll(text).toContain('Who is answering?');
    await userEvent.fill(container.querySelector<HTMLInputElement>('input:not([type])')!, 'Olga');
    await userEvent.click(button('Start answering')!);
    await expect.poll(text).toContain('0 of 31 answered');
    await userEvent.click(button('Next respondent')!);
    await expect.poll(text).toContain('Hand the laptop to the next respondent');

    await userEvent.click(tab('Details'));
    await expect.poll(text).not.toContain('Hand the laptop to the next respondent');
  });

  it('puts the most divided item first after the reveal and keeps the agreed value beside the answers', async () => {
    const handle = twoRespondents();
    open(handle);
    await userEvent.click(tab('Facilitate'));
    await userEvent.click(button('Reveal answers')!);
    await expect.poll(() => container.querySelectorAll('article.item-card').length).toBe(31);
    const first = container.querySelector('article.item-card')!;
    expect(first.querySelector('h3')!.textContent).toBe('KAIZEN');
    expect(first.textContent).toContain('Divided');
    expect(first.textContent).toContain('Development sees 4');
    expect(first.textContent).toContain('Operations sees 2');
    expect(first.textContent).toContain('2: Anna · 4: Ben');

    await userEvent.selectOptions(first.querySelector('select')!, '3');
    await expect.poll(() => handle.doc().rounds[0]!.agreed['lean.kaizen']?.value).toBe(3);
    expect(first.querySelector('.agreed-flag')!.textContent).toBe('Agreed: 3');
    expect(handle.doc().respondents.anna!.answers.map((event) => event.value)).toEqual([2]);
  });

  it('offers to continue as someone already listed instead of adding a second person of that name', async () => {
    const handle = twoRespondents();
    open(handle);
    await expect.poll(text).toContain('Who is answering?');
    await userEvent.fill(container.querySelector<HTMLInputElement>('input:not([type])')!, ' anna ');
    await userEvent.click(button('Start answering')!);

    await expect.poll(text).toContain('Anna is already answering in this assessment.');
    expect(Object.keys(handle.doc().respondents)).toEqual(['anna', 'ben']);
    await userEvent.click(button('Continue as Anna')!);
    await expect.poll(text).toContain('Answering as Anna for Operations');
    expect(Object.keys(handle.doc().respondents)).toEqual(['anna', 'ben']);
  });

  it('adds a second person of the same name when asked to', async () => {
    const handle = twoRespondents();
    open(handle);
    await expect.poll(text).toContain('Who is answering?');
    await userEvent.fill(container.querySelector<HTMLInputElement>('input:not([type])')!, 'Anna');
    await userEvent.click(button('Start answering')!);
    await userEvent.click(button('Add another Anna')!);
    await expect.poll(text).toContain('0 of 31 answered');
    expect(Object.values(handle.doc().respondents).map((r) => r.name)).toEqual([
      'Anna',
      'Ben',
      'Anna',
    ]);
  });

  it('shows a fit question the room split evenly over as the tied answers when rounds are compared', async () => {
    const doc = newAssessment({ title: 'ACME' }, NOW, () => 'r1');
    for (const [id, value] of [
      ['anna', 'continuity'],
      ['ben', 'both'],
    ] as const) {
      addRespondent(doc, { identity: 'named', name: id }, NOW, () => id);
      answerItem(
        doc,
        { roundId: 'r1', respondentId: id, itemId: 'fit.speedOrContinuity', value },
        { now: NOW, deviceId: 'seed' },
      );
    }
    revealRound(doc, 'r1');
    startRound(doc, {}, NOW + 1, () => 'r2');
    open(repo.create<AssessmentDoc>(doc));
    await userEvent.click(tab('Rounds'));
    const speedRow = () =>
      [...container.querySelectorAll('.items-comparison tr')].find((tr) =>
        tr.textContent?.startsWith('Speed or continuity'),
      );
    await expect.poll(speedRow).toBeTruthy();
    const row = speedRow()!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual(['Tied: Business continuity first / Both', '—', '– Not comparable']);
  });

  it('does not call the recommended type changed when the later round has none yet', async () => {
    const doc = newAssessment({ title: 'ACME' }, NOW, () => 'r1');
    addRespondent(doc, { identity: 'named', name: 'Anna' }, NOW, () => 'anna');
    const give = (roundId: string, itemId: string, value: string | number) =>
      answerItem(
        doc,
        { roundId, respondentId: 'anna', itemId, value },
        { now: NOW + 2, deviceId: 'seed' },
      );
    for (const [itemId, value] of Object.entries({
      'fit.businessModel': 'enterprise',
      'fit.strategicIt': 'supporting',
      'fit.services': 'few',
      'fit.size': 'fewTeams',
    })) {
      give('r1', itemId, value);
    }
    give('r1', 'lean.kaizen', 2);
    revealRound(doc, 'r1');
    // A quarter later only the maturity items have been answered again so far.
    startRound(doc, {}, NOW + 1, () => 'r2');
    give('r2', 'lean.kaizen', 4);
    revealRound(doc, 'r2');
    open(repo.create<AssessmentDoc>(doc));
    await userEvent.click(tab('Rounds'));
    const sentence = () =>
      [...container.querySelectorAll('p')].find((p) =>
        p.textContent?.startsWith('Recommended type:'),
      )?.textContent;
    await expect.poll(sentence).toBeTruthy();
    expect(sentence()).toBe(
      'Recommended type: Collaboration in Round 1; none yet in Round 2, where no fit question ' +
        'has been answered — not comparable.',
    );
  });

  it('offers to create an organisation design only when this build can open one', async () => {
    const handle = twoRespondents();
    handle.change((draft) => void (draft.rounds[0]!.revealed = true));
    open(handle);
    await userEvent.click(tab('Result'));
    await expect.poll(() => container.querySelector('.result-headline')).toBeTruthy();
    const offered = [...container.querySelectorAll('button')].some((element) =>
      element.textContent?.startsWith('Create an organisation design'),
    );
    // Until the organisation-design editor is part of the app, a design it made could not open.
    expect(offered).toBe(viewForKind('orgDesign') !== undefined);
    expect(text()).toContain('Organisation design');
  });

  it('says once that the result is partial, naming each unanswered question once', async () => {
    const handle = twoRespondents();
    handle.change((draft) => {
      draft.rounds[0]!.revealed = true;
    });
    for (const [itemId, value] of [
      ['fit.businessModel', 'enterprise'],
      ['dora.leadTime', 3],
    ] as const) {
      handle.change((draft) =>
        answerItem(
          draft,
          { roundId: 'r1', respondentId: 'anna', itemId, value },
          { now: NOW, deviceId: 'seed' },
        ),
      );
    }
    open(handle);
    await userEvent.click(tab('Result'));
    await expect.poll(() => container.querySelector('.result-headline')).toBeTruthy();
    expect(text().match(/Partial/g)).toHaveLength(1);
    // Unanswered fit and DORA questions, each named once with what it means for the figures.
    expect(text().match(/“Who leads the service”/g)).toHaveLength(1);
    expect(text().match(/“Deployment frequency”/g)).toHaveLength(1);
    expect(text()).toContain('the recommendation may change once they are answered');
    expect(text()).toContain('DORA’s overall score is the mean of the metrics answered');
  });

  it('keeps focus on the page when hiding the answers takes away the control that had it', async () => {
    const handle = twoRespondents();
    handle.change((draft) => void (draft.rounds[0]!.revealed = true));
    open(handle);
    await userEvent.click(tab('Facilitate'));
    await expect.poll(() => container.querySelectorAll('article.item-card').length).toBe(31);
    container.querySelector<HTMLSelectElement>('article.item-card select')!.focus();

    await userEvent.keyboard('{Alt>}h{/Alt}');
    await expect.poll(text).toContain('Answers are hidden');
    await expect.poll(() => document.activeElement?.textContent).toBe('Reveal answers');
  });
});
