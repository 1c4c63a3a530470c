import * as Automerge from '@automerge/automerge/slim';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { deletePerson } from '../../../shared/org/personChanges';
import { placePerson } from '../../../shared/org/placementChanges';
import { undoDocument } from '../../../renderer/documents/documentHistory';
import { design, person, place, pool, service } from './orgTestDesign';
import { OrgEditorTestBed } from './orgEditorTestBed';

/** Two services, Anna on Payments; "s1" is a matrix. */
function bank(): OrgDesignDoc {
  const doc = design('matrix');
  pool(doc, 'dev');
  service(doc, 'payments');
  service(doc, 'portal');
  person(doc, 'anna', { name: 'Anna Berg', poolId: 'dev', experience: ['Development'] });
  place(doc, {
    personId: 'anna',
    serviceId: 'payments',
    roleId: 'developmentTeam',
    allocation: 60,
  });
  return doc;
}

/**
 * What two laptops leave when one deletes Anna while the other places her on Portal: each
 * change valid where it was made, together a placement of nobody.
 */
function mergedWithDanglingPlacement(): OrgDesignDoc {
  type Plain = Record<string, unknown>;
  const base = Automerge.from(bank() as unknown as Plain);
  const here = Automerge.change(Automerge.clone(base), (doc) =>
    deletePerson(doc as unknown as OrgDesignDoc, 'anna', { withPlacements: true }),
  );
  const there = Automerge.change(Automerge.clone(base), (doc) => {
    placePerson(doc as unknown as OrgDesignDoc, 's1', {
      personId: 'anna',
      serviceId: 'portal',
      roleId: 'developmentTeam',
      allocation: 40,
    });
  });
  return JSON.parse(JSON.stringify(Automerge.merge(here, there))) as OrgDesignDoc;
}

describe('OrgEditor', () => {
  let bed: OrgEditorTestBed;
  beforeEach(() => {
    bed = new OrgEditorTestBed();
  });
  afterEach(() => bed.close());

  it('opens a design a merge left pointing at a deleted person, shows the repair and applies it', async () => {
    const merged = mergedWithDanglingPlacement();
    expect(Object.keys(merged.scenarios.s1!.placements)).toHaveLength(1);
    const handle = bed.open(merged);
    await expect
      .poll(() => bed.container.querySelector('.org-repair')?.textContent)
      .toMatch(/a placement names a person who was deleted/);
    // The matrix still draws, without the leftover.
    expect(bed.container.querySelectorAll('.org-chip')).toHaveLength(0);
    await userEvent.click(bed.button('Repair')!);
    await expect.poll(() => bed.container.querySelector('.org-repair')).toBeNull();
    expect(handle.doc().scenarios.s1!.placements).toEqual({});
    // The repair is an edit like any other: Undo takes it back.
    undoDocument(handle as never);
    await expect.poll(() => bed.container.querySelector('.org-repair')).not.toBeNull();
  });

  it('refuses a second placement of the same person in the same cell and role, and changes nothing', async () => {
    const handle = bed.open(bank());
    await expect.poll(() => bed.container.querySelectorAll('.org-chip').length).toBe(1);
    await userEvent.click(bed.button('Place a person…')!);
    const dialog = bed.container.querySelector('dialog[open]')!;
    const select = (label: string) =>
      [...dialog.querySelectorAll('label')].find((each) => each.textContent === label)!
        .control as HTMLSelectElement;
    await userEvent.selectOptions(select('Service'), 'payments');
    await userEvent.selectOptions(select('Role'), 'developmentTeam');
    await userEvent.click(
      [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Place')!,
    );
    await expect
      .poll(() => dialog.querySelector('[role="alert"]')?.textContent)
      .toBe(
        'Anna Berg is already Development team on payments in this scenario: change that allocation instead. Nothing was placed.',
      );
    expect(Object.keys(handle.doc().scenarios.s1!.placements)).toHaveLength(1);
  });

  it('says where a person is placed before deleting them with their placements', async () => {
    const handle = bed.open(bank());
    await expect.poll(() => bed.container.querySelectorAll('.org-chip').length).toBe(1);
    bed.container.querySelector<SVGElement>('.org-chip')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => bed.button('Delete Anna Berg')).toBeDefined();
    await userEvent.click(bed.button('Delete Anna Berg')!);
    const dialog = bed.container.querySelector('dialog[open]')!;
    expect(dialog.textContent).toContain('“Matrix” — 1 placement');
    await userEvent.click(
      [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Keep Anna Berg')!,
    );
    expect(handle.doc().people.anna).toBeDefined();
    await userEvent.click(bed.button('Delete Anna Berg')!);
    const again = bed.container.querySelector('dialog[open]')!;
    await userEvent.click(
      [...again.querySelectorAll('button')].find(
        (b) => b.textContent === 'Delete with placements',
      )!,
    );
    await expect.poll(() => handle.doc().people.anna).toBeUndefined();
    expect(handle.doc().scenarios.s1!.placements).toEqual({});
  });

  it('brings the person a check names into view on the chart: their first chip takes focus', async () => {
    const doc = bank();
    place(doc, {
      personId: 'anna',
      serviceId: 'portal',
      roleId: 'developmentTeam',
      allocation: 60,
    });
    bed.open(doc);
    const check = () =>
      [...bed.container.querySelectorAll<HTMLButtonElement>('.org-check')].find((each) =>
        each.textContent?.includes('Anna Berg is allocated 120 %'),
      );
    await expect.poll(check).toBeDefined();
    await userEvent.click(check()!);
    await expect
      .poll(() => document.activeElement?.closest('.org-chip')?.getAttribute('data-person-id'))
      .toBe('anna');
  });
});
