import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../renderer/app/app.css';
import { design, person, place, pool, service } from './orgTestDesign';
import { OrgEditorTestBed } from './orgEditorTestBed';

describe('the side panel on a 1280×720 projector', () => {
  let bed: OrgEditorTestBed;
  beforeEach(async () => {
    await page.viewport(1280, 720);
    bed = new OrgEditorTestBed();
  });
  afterEach(() => bed.close());

  it('gives the selected person the room a short list of checks leaves, with no empty band between', async () => {
    // A service every required role is filled for, by people with the experience for it.
    const doc = design('matrix');
    pool(doc, 'dev');
    service(doc, 'payments');
    const staff = [
      ['anna', 'serviceMaster', 'Product Owner'],
      ['ben', 'processMaster', 'Scrum Master'],
      ['cleo', 'developmentTeam', 'Development'],
      ['eva', 'operationTeam', 'Operations'],
      ['femi', 'gatekeeper', 'IT service management'],
    ] as const;
    for (const [id, roleId, experience] of staff) {
      person(doc, id, { name: id, poolId: 'dev', experience: [experience] });
      place(doc, { personId: id, serviceId: 'payments', roleId, allocation: 100 });
    }
    bed.open(doc);
    const chip = () => bed.container.querySelector<SVGElement>('.org-chip[data-person-id="cleo"]');
    await expect.poll(chip).not.toBeNull();
    chip()!.focus();
    await userEvent.keyboard('{Enter}');
    const wrap = () => bed.container.querySelector<HTMLElement>('.org-inspector-wrap');
    await expect.poll(wrap).not.toBeNull();
    const checks = bed.container.querySelector<HTMLElement>('.org-checks')!;
    const lastShown = [...checks.children].at(-1)!.getBoundingClientRect().bottom;
    const band = wrap()!.getBoundingClientRect().top - lastShown;
    // The section’s own padding, no more; and the checks are not squeezed into a scroll.
    expect(band).toBeLessThanOrEqual(24);
    expect(band).toBeGreaterThanOrEqual(0);
  });
});
