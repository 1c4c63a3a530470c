import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Rules below serious that name defects a coach met: a page without its main region. */
const ALSO_ENFORCED = new Set(['landmark-one-main', 'region']);

/**
 * Runs axe on what the page shows and fails with a readable list of every critical or serious
 * violation (and the landmark rules above), naming the screen.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const failing = violations
    .filter(
      (violation) =>
        violation.impact === 'critical' ||
        violation.impact === 'serious' ||
        ALSO_ENFORCED.has(violation.id),
    )
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
  expect(failing, `axe on ${screen}`).toEqual([]);
}
