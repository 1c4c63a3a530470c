import { describe, expect, it } from 'vitest';
import { OrgValidationError } from '../../../../shared/org/OrgValidationError';
import { renameDesign } from '../../../../shared/org/renameDesign';
import { emptyDesign } from './orgTestDesigns';

describe('renameDesign', () => {
  it('stores the title trimmed, as updateDesignDetails does', () => {
    const design = emptyDesign();
    renameDesign(design, '  Bank 2030  ');
    expect(design.title).toBe('Bank 2030');
  });

  it('refuses an empty title in words and leaves the old one', () => {
    const design = emptyDesign();
    expect(() => renameDesign(design, '   ')).toThrow(OrgValidationError);
    expect(() => renameDesign(design, '   ')).toThrow(/title/i);
    expect(design.title).toBe('Design');
  });
});
