import { describe, expect, it } from 'vitest';
import type { ArtefactKindRules } from '../../../../shared/workshop/ArtefactKindRules';
import { copyOfArtefact, copyTitle } from '../../../../shared/workshop/copyOfArtefact';

describe('copyTitle', () => {
  it('adds "(copy)", numbering further copies and copies of copies', () => {
    expect(copyTitle('Current state', [])).toBe('Current state (copy)');
    expect(copyTitle('Current state', ['Current state (copy)'])).toBe('Current state (copy 2)');
    expect(copyTitle('Current state (copy)', ['Current state', 'Current state (copy)'])).toBe(
      'Current state (copy 2)',
    );
    expect(
      copyTitle('Current state (copy 2)', ['Current state (copy)', 'Current state (copy 2)']),
    ).toBe('Current state (copy 3)');
  });

  it('keeps a copy of a title of the longest length within a line', () => {
    const title = copyTitle('x'.repeat(200), []);
    expect(title).toHaveLength(200);
    expect(title.endsWith(' (copy)')).toBe(true);
  });
});

interface LinkedDoc {
  title: string;
  linkedMapUrl?: string;
  steps: { id: string; name: string }[];
}

const rules: ArtefactKindRules<LinkedDoc> = {
  summarize: (doc) => `${doc.steps.length} steps`,
  rename: (draft, title) => void (draft.title = title),
  linkedUrls: (doc) => (doc.linkedMapUrl ? [doc.linkedMapUrl] : []),
  unlink: (draft, url) => {
    if (draft.linkedMapUrl === url) delete draft.linkedMapUrl;
  },
};

describe('copyOfArtefact', () => {
  it('copies the content, drops the links to other documents and takes the new title', () => {
    const original: LinkedDoc = {
      title: 'Future state',
      linkedMapUrl: 'automerge:current',
      steps: [{ id: 's1', name: 'Build' }],
    };
    const copy = copyOfArtefact(original, 'Future state (copy)', rules);
    expect(copy).toEqual({ title: 'Future state (copy)', steps: [{ id: 's1', name: 'Build' }] });
    copy.steps[0]!.name = 'Changed';
    expect(original.steps[0]!.name).toBe('Build');
    expect(original.linkedMapUrl).toBe('automerge:current');
  });
});
