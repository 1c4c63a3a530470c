import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ValidatedInput } from '../../../renderer/documents/fields/ValidatedInput';

/** A round's name as the assessment's Details edit it: refused when empty. */
function RoundName() {
  const [name, setName] = useState('Round 1');
  return (
    <ValidatedInput
      label="Round name"
      value={name}
      onEdit={(text) => {
        if (text.trim() === '') return 'A round needs a name.';
        setName(text);
        return null;
      }}
    />
  );
}

describe('ValidatedInput', () => {
  let root: Root;
  const container = document.createElement('div');
  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
  });

  it('says a field left empty was not stored without quoting an empty text', async () => {
    document.body.append(container);
    root = createRoot(container);
    flushSync(() => root.render(<RoundName />));
    await userEvent.clear(page.getByLabelText('Round name'));
    await userEvent.tab();

    await expect.element(page.getByText('Not stored — A round needs a name.')).toBeVisible();
    expect(container.textContent).not.toContain('“”');
    await expect.element(page.getByLabelText('Round name')).toHaveValue('Round 1');
  });
});
