import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A rectangle in screen coordinates (structurally Electron's `Rectangle`). */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const WINDOW_STATE_FILE = 'window-state.json';

/**
 * The remembered window, or null when there is none, it is unreadable, or it would open off
 * every display (a monitor was unplugged since). Read synchronously: it is tiny and needed
 * before the window exists.
 */
export function readWindowState(
  filePath: string,
  workAreas: readonly Bounds[],
): WindowState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch {
    return null;
  }
  const result = windowStateSchema.safeParse(parsed);
  if (!result.success || !isOnVisibleDisplay(result.data, workAreas)) return null;
  return result.data;
}

/** Saves synchronously because it runs while the window closes and the app may quit next. */
export function writeWindowState(filePath: string, state: WindowState): void {
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileSync(filePath, JSON.stringify(state));
  } catch (error) {
    // A forgotten window position is not worth failing the quit over.
    console.warn('Obeya: could not remember the window position:', error);
  }
}

/** True when the middle of the title bar lies on some display, so the window can be dragged. */
export function isOnVisibleDisplay(bounds: Bounds, workAreas: readonly Bounds[]): boolean {
  const grabX = bounds.x + bounds.width / 2;
  const grabY = bounds.y + 16;
  return workAreas.some(
    (area) =>
      grabX >= area.x &&
      grabX < area.x + area.width &&
      grabY >= area.y &&
      grabY < area.y + area.height,
  );
}
