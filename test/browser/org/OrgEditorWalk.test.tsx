import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../renderer/app/app.css';
import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { design, person, place, pool, service } from './orgTestDesign';
import { OrgEditorTestBed } from './orgEditorTestBed';

/** Two services; Anna on Payments and Portal, Ben on Payments; "s1" is a matrix. */
function bank(): OrgDesignDoc {
  const doc = design('matrix');
  pool(doc, 'dev');
  service(doc, 'payments');
  service(doc, 'portal');
  person(doc, 'anna', { name: 'Anna Berg', poolId: 'dev' });
  person(doc, 'ben', { name: 'Ben Ode', poolId: 'dev' });
  for (const serviceId of ['payments', 'portal']) {
    place(doc, { personId: 'anna', serviceId, roleId: 'developmentTeam', allocation: 50 });
  }
  place(doc, {
    personId: 'ben',
    serviceId: 'payments',
    roleId: 'developmentTeam',
    allocation: 100,
  });
  return doc;
}

const chipOf = (container: Element, personId: string) =>
  container.querySelector<SVGElement>(`.org-chip[data-person-id="${personId}"]`);
const openDialog = () => document.querySelector('dialog[open]');
const focusedWhere = () =>
  document.activeElement === document.body
    ? 'body'
    : (document.activeElement?.getAttribute('aria-label') ??
      document.activeElement?.textContent ??
      '');

describe('OrgEditor as a coach walks it', () => {
  let bed: OrgEditorTestBed;
  beforeEach(() => {
    bed = new OrgEditorTestBed();
  });
  afterEach(() => bed.close());

  it('Ctrl+Delete on a chip asks to delete the person, as the command list says; Delete takes the placement off', async () => {
    const handle = bed.open(bank());
    await expect.poll(() => chipOf(bed.container, 'anna')).not.toBeNull();
    chipOf(bed.container, 'anna')!.focus();
    await userEvent.keyboard('{Control>}{Delete}{/Control}');
    await expect.poll(() => openDialog()?.textContent ?? '').toContain('Delete Anna Berg?');
    // Nothing changed while the dialog asks.
    expect(Object.keys(handle.doc().scenarios.s1!.placements)).toHaveLength(3);
    await userEvent.keyboard('{Escape}');
    await expect.poll(openDialog).toBeNull();
    expect(handle.doc().people.anna).toBeDefined();
  });

  it('after taking a placement off, undoing and redoing by keyboard, focus stays on the chart', async () => {
    const handle = bed.open(bank());
    await expect.poll(() => chipOf(bed.container, 'ben')).not.toBeNull();
    chipOf(bed.container, 'ben')!.focus();
    await userEvent.keyboard('{Delete}');
    await expect.poll(() => chipOf(bed.container, 'ben')).toBeNull();
    await expect.poll(focusedWhere).toMatch(/^dev, payments/);
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => chipOf(bed.container, 'ben')).not.toBeNull();
    await expect.poll(focusedWhere).not.toBe('body');
    await userEvent.keyboard('{Control>}y{/Control}');
    await expect.poll(() => chipOf(bed.container, 'ben')).toBeNull();
    await expect.poll(focusedWhere).not.toBe('body');
    expect(Object.keys(handle.doc().scenarios.s1!.placements)).toHaveLength(2);
  });

  it('Undo after deleting a person brings them back without asking again, and focus is kept', async () => {
    const handle = bed.open(bank());
    await expect.poll(() => chipOf(bed.container, 'anna')).not.toBeNull();
    chipOf(bed.container, 'anna')!.focus();
    await userEvent.keyboard('{Control>}{Delete}{/Control}');
    await expect.poll(openDialog).not.toBeNull();
    await userEvent.click(
      [...openDialog()!.querySelectorAll('button')].find(
        (b) => b.textContent === 'Delete with placements',
      )!,
    );
    await expect.poll(() => handle.doc().people.anna).toBeUndefined();
    await expect.poll(focusedWhere).not.toBe('body');
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => handle.doc().people.anna).toBeDefined();
    await expect.poll(() => chipOf(bed.container, 'anna')).not.toBeNull();
    // A frame later still no dialog: the deletion is not asked for a second time.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(openDialog()).toBeNull();
    expect(focusedWhere()).not.toBe('body');
  });

  it('a "Not stored" message belongs to its person and field: it goes when another person is selected or the value is set another way', async () => {
    const handle = bed.open(bank());
    await expect.poll(() => chipOf(bed.container, 'anna')).not.toBeNull();
    const inspector = () => bed.container.querySelector('.org-inspector')!;
    const capacity = () =>
      [...inspector().querySelectorAll('label')].find((each) => each.textContent === 'Capacity')!
        .control as HTMLInputElement;
    const choose = async (personId: string) => {
      chipOf(bed.container, personId)!.focus();
      await userEvent.keyboard('{Enter}');
    };
    await choose('anna');
    await expect.poll(() => inspector()?.querySelector('h2')?.textContent).toBe('Anna Berg');
    await userEvent.fill(capacity(), 'lots');
    capacity().blur();
    await expect.poll(() => inspector().textContent).toContain('Not stored: “lots”');
    await choose('ben');
    await expect.poll(() => inspector().querySelector('h2')?.textContent).toBe('Ben Ode');
    expect(inspector().textContent).not.toContain('Not stored');
    // Back on Anna, the refusal is kept until her capacity is set, here from another laptop.
    await choose('anna');
    await expect.poll(() => inspector().querySelector('h2')?.textContent).toBe('Anna Berg');
    handle.change((doc) => {
      doc.people.anna!.capacity = 0.8;
    });
    await expect.poll(() => capacity().value).toBe('0.8');
    expect(inspector().textContent).not.toContain('Not stored');
  });

  it('shows one confirmation at a time, away from the chart, and none that Undo has made wrong', async () => {
    await page.viewport(1280, 720);
    bed.open(bank());
    await expect.poll(() => chipOf(bed.container, 'ben')).not.toBeNull();
    const notices = () => [...document.querySelectorAll('.notices .notice')];
    for (const personId of ['ben', 'anna', 'anna']) {
      chipOf(bed.container, personId)!.focus();
      await userEvent.keyboard('{Delete}');
      await expect.poll(() => notices().at(-1)?.textContent ?? '').toMatch(/taken off/);
    }
    expect(notices()).toHaveLength(1);
    const chart = bed.container.querySelector('.org-chart')!.getBoundingClientRect();
    const notice = notices()[0]!.getBoundingClientRect();
    expect(notice.left >= chart.right || notice.bottom <= chart.top).toBe(true);
    // Its Undo would now take back the change before: it goes with the keyboard's undo.
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => notices()).toHaveLength(0);
  });

  it('selecting a person marks their chips and leaves everyone else as readable as before', async () => {
    bed.open(bank());
    await expect.poll(() => chipOf(bed.container, 'ben')).not.toBeNull();
    const looks = (personId: string) => {
      const chip = chipOf(bed.container, personId)!;
      let opacity = 1;
      for (let at: Element | null = chip; at; at = at.parentElement) {
        opacity *= parseFloat(getComputedStyle(at).opacity);
      }
      return {
        opacity,
        stroke: getComputedStyle(chip.querySelector('.org-chip-box')!).strokeWidth,
      };
    };
    const before = looks('ben');
    chipOf(bed.container, 'anna')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => looks('anna').stroke).toBe('3px');
    expect(looks('ben')).toEqual(before);
  });
});
