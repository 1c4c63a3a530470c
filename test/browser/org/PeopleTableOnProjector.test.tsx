import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../renderer/app/app.css';
import { design, person, pool } from './orgTestDesign';
import { OrgEditorTestBed } from './orgEditorTestBed';

/** People as a bank's workshop names them: long names, several kinds of experience. */
function bankPeople() {
  const doc = design('matrix');
  pool(doc, 'Development');
  const names = [
    'Process Master (Customer portal)',
    'Marie-Christine Vandenberghe-Lefebvre',
    'Developer 3 (Payments and card issuing)',
  ];
  names.forEach((name, index) =>
    person(doc, `p${index}`, {
      name,
      poolId: 'Development',
      experience: ['IT service management', 'Operations', 'KAIZEN', 'Development'],
      location: 'Frankfurt am Main, Taunusanlage',
    }),
  );
  return doc;
}

describe('the people table on a 1280×720 projector', () => {
  let bed: OrgEditorTestBed;
  beforeEach(async () => {
    await page.viewport(1280, 720);
    bed = new OrgEditorTestBed();
  });
  afterEach(() => bed.close());

  it('shows every name, experience and place whole, and every column without scrolling', async () => {
    bed.open(bankPeople());
    await userEvent.click(page.getByRole('tab', { name: 'People', exact: true }));
    const scroll = () => bed.container.querySelector<HTMLElement>('.org-table-scroll')!;
    await expect
      .poll(() => bed.container.querySelectorAll('.org-people-table tbody tr').length)
      .toBe(3);
    const cut = [
      ...bed.container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        '.org-people-table tbody td :is(input, textarea)',
      ),
    ]
      .filter(
        (field) =>
          field.scrollWidth > field.clientWidth + 1 || field.scrollHeight > field.clientHeight + 1,
      )
      .map((field) => field.getAttribute('aria-label') ?? field.id);
    expect(cut).toEqual([]);
    expect(scroll().scrollWidth - scroll().clientWidth).toBeLessThanOrEqual(0);
  });
});
