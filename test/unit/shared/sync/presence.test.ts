import { describe, expect, it } from 'vitest';
import { presenceColor } from '../../../../shared/sync/presence';

const devices = Array.from(
  { length: 200 },
  (_, index) => `device-${String(index).padStart(3, '0')}`,
);

/** Devices whose own colours are all the same one. */
function sameOwnColour(count: number): string[] {
  const byColour = new Map<string, string[]>();
  for (const id of devices)
    byColour.set(presenceColor(id), [...(byColour.get(presenceColor(id)) ?? []), id]);
  const crowd = [...byColour.values()].find((ids) => ids.length >= count);
  if (!crowd) throw new Error(`no ${count} devices share a colour`);
  return crowd.slice(0, count);
}

/** Everyone announces, then recolours from what the others announced, `rounds` times. */
function settle(ids: string[], rounds: number): Map<string, string> {
  let announced = new Map(ids.map((id) => [id, presenceColor(id)]));
  for (let round = 0; round < rounds; round++) {
    const others = (id: string) =>
      [...announced]
        .filter(([other]) => other !== id)
        .map(([deviceId, color]) => ({ deviceId, color }));
    announced = new Map(ids.map((id) => [id, presenceColor(id, others(id))]));
  }
  return announced;
}

describe('presenceColor', () => {
  it('gives a device its own colour when no one ahead of it shows it', () => {
    const [first, second] = sameOwnColour(2);
    const own = presenceColor(first!);
    expect(presenceColor(first!, [{ deviceId: second!, color: own }])).toBe(own);
    expect(presenceColor(second!, [{ deviceId: first!, color: own }])).not.toBe(own);
  });

  it('brings three people who share a colour to three colours', () => {
    const colours = settle(sameOwnColour(3), 3);
    expect(new Set(colours.values()).size).toBe(3);
  });

  it('brings eight people to eight colours', () => {
    const room = [...sameOwnColour(4), ...devices.slice(100, 104)];
    const colours = settle(room, room.length);
    expect(new Set(colours.values()).size).toBe(8);
  });

  it('repeats colours beyond eight people rather than failing', () => {
    const colours = settle(devices.slice(0, 12), 12);
    expect(new Set(colours.values()).size).toBe(8);
  });
});
