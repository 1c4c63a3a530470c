import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isOnVisibleDisplay,
  readWindowState,
  writeWindowState,
} from '../../../../main/electron/windowState';

const LAPTOP = { x: 0, y: 0, width: 1920, height: 1080 };
const MONITOR_RIGHT = { x: 1920, y: 0, width: 2560, height: 1440 };
const SAVED = { x: 2100, y: 100, width: 1400, height: 900, maximized: false };

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'obeya-window-'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('window state', () => {
  it('restores what it saved while that display is there', () => {
    const file = path.join(folder, 'state.json');
    writeWindowState(file, SAVED);
    expect(readWindowState(file, [LAPTOP, MONITOR_RIGHT])).toEqual(SAVED);
  });

  it('forgets a position on a display that has been unplugged', () => {
    const file = path.join(folder, 'unplugged.json');
    writeWindowState(file, SAVED);
    expect(readWindowState(file, [LAPTOP])).toBeNull();
  });

  it('creates the folder it saves into', () => {
    const file = path.join(folder, 'new', 'deeper', 'state.json');
    writeWindowState(file, SAVED);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(SAVED);
  });

  it.each([
    ['no file', null],
    ['broken JSON', '{"x": 1,'],
    ['a wrong type', JSON.stringify({ ...SAVED, width: '1400' })],
    ['a tiny window', JSON.stringify({ ...SAVED, width: 10 })],
    ['a fractional size', JSON.stringify({ ...SAVED, height: 900.5 })],
    ['a missing key', JSON.stringify({ x: 0, y: 0, width: 1400, height: 900 })],
    ['an extra key', JSON.stringify({ ...SAVED, fullscreen: true })],
    ['an array', '[]'],
  ])('ignores %s', (name, content) => {
    const file = path.join(folder, `${name.replace(/\W/g, '-')}.json`);
    if (content !== null) writeFileSync(file, content);
    expect(readWindowState(file, [LAPTOP, MONITOR_RIGHT])).toBeNull();
  });
});

describe('isOnVisibleDisplay', () => {
  it('accepts a window whose title bar is on a display', () => {
    expect(isOnVisibleDisplay({ x: 100, y: 100, width: 800, height: 600 }, [LAPTOP])).toBe(true);
  });

  it('accepts a window straddling two displays', () => {
    expect(
      isOnVisibleDisplay({ x: 1500, y: 100, width: 800, height: 600 }, [LAPTOP, MONITOR_RIGHT]),
    ).toBe(true);
  });

  it('refuses a window whose title bar is above every display', () => {
    expect(isOnVisibleDisplay({ x: 100, y: -200, width: 800, height: 600 }, [LAPTOP])).toBe(false);
  });

  it('refuses a window with no display at all', () => {
    expect(isOnVisibleDisplay({ x: 0, y: 0, width: 800, height: 600 }, [])).toBe(false);
  });
});
