import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ellipsize, wrapLabel } from '../../../../../shared/vsm/layout';

/** A monospaced font: 7 units a character. */
const mono = (text: string) => Array.from(text).length * 7;

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Code review', 140, 2, mono)).toEqual(['Code review']);
  });

  it('wraps at spaces before it cuts anything', () => {
    expect(wrapLabel('Production deployment & verification', 140, 3, mono)).toEqual([
      'Production',
      'deployment &',
      'verification',
    ]);
  });

  it('cuts only what does not fit in the lines allowed, ending in an ellipsis', () => {
    expect(wrapLabel('Production deployment & verification', 140, 2, mono)).toEqual([
      'Production',
      'deployment & verifi…',
    ]);
  });

  it('splits a word too long for a line', () => {
    expect(wrapLabel('Zahlungsverkehrsfreigabeprozess', 70, 4, mono)).toEqual([
      'Zahlungsve',
      'rkehrsfrei',
      'gabeprozes',
      's',
    ]);
  });

  it('draws nothing for an empty label', () => {
    expect(wrapLabel('   ', 140, 2, mono)).toEqual([]);
  });

  it('never returns a line wider than allowed, nor more lines, and loses nothing it does not mark', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zé&()]{1,14}$/), { maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 8, max: 30 }),
        (words, maxLines, chars) => {
          const text = words.join(' ');
          const maxWidth = chars * 7;
          const lines = wrapLabel(text, maxWidth, maxLines, mono);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(maxWidth);
          if (!lines.at(-1)?.endsWith('…')) {
            expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          }
        },
      ),
    );
  });
});

describe('ellipsize', () => {
  it('keeps a text that fits and cuts one that does not', () => {
    expect(ellipsize('Kenji', 70, mono)).toBe('Kenji');
    expect(ellipsize('Requirements & design review', 70, mono)).toBe('Requireme…');
  });
});
