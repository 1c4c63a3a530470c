import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { OrgCheck } from '../../../shared/org/checks/OrgCheck';
import { ChecksPanel } from '../../../renderer/org/ChecksPanel';

function finding(index: number, severity: OrgCheck['severity'] = 'warning'): OrgCheck {
  return {
    id: `teamSize:${severity}${index}`,
    rule: 'teamSize',
    severity,
    reason: `Finding ${index}`,
    source: 'Scrum Guide',
    target: { kind: 'team', teamId: `t${index}` },
  };
}

describe('ChecksPanel', () => {
  let root: Root | null = null;
  const container = document.createElement('div');
  afterEach(() => {
    flushSync(() => root?.unmount());
    container.remove();
  });

  function show(checks: OrgCheck[], selectedCheckId: string | null = null) {
    document.body.append(container);
    root = createRoot(container);
    flushSync(() =>
      root!.render(
        <ChecksPanel
          checks={checks}
          scenarioName="Matrix"
          selectedCheckId={selectedCheckId}
          onSelectCheck={() => undefined}
        />,
      ),
    );
  }
  const listed = () =>
    [...container.querySelectorAll('.org-check-reason')].map((reason) => reason.textContent);
  const many = Array.from({ length: 50 }, (_, index) => finding(index));

  it('lists the first forty findings of a large design, and the selected one beyond them', () => {
    show(many, many[45]!.id);
    expect(listed()).toHaveLength(41);
    expect(listed().at(-1)).toBe('Finding 45');
    expect(container.textContent).toContain('50 warnings');
  });

  it('shows all findings on request and moves focus to the first one it brought', async () => {
    show(many);
    const button = [...container.querySelectorAll('button')].find(
      (candidate) => candidate.textContent === 'Show all 50 errors and warnings',
    )!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(listed()).toHaveLength(50);
    expect(document.activeElement?.textContent).toContain('Finding 40');
  });

  it('lists the notes only once they are unfolded', async () => {
    show([finding(1), finding(2, 'info')]);
    expect(listed()).toEqual(['Finding 1']);
    await userEvent.click(container.querySelector('summary')!);
    await expect.poll(listed).toEqual(['Finding 1', 'Finding 2']);
  });
});
