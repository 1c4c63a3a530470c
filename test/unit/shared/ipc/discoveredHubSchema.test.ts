import { describe, expect, it } from 'vitest';
import {
  browserHostRefusalSchema,
  discoveredHubSchema,
  discoveredHubsSchema,
  listHubsRequestSchema,
  MAX_LISTED_HUBS,
} from '../../../../shared/ipc/ipcSchemas';

const hub = {
  name: "Anna's laptop 5190",
  hubUrl: 'http://192.168.1.20:5190',
  hostName: "Anna's laptop",
  workshopTitle: 'Payments value stream',
  protocolVersion: 1,
};

describe('discovered hub schemas', () => {
  it('accept a hub as main lists it', () => {
    expect(discoveredHubSchema.parse(hub)).toEqual(hub);
    expect(discoveredHubsSchema.parse([hub, hub])).toHaveLength(2);
  });

  it.each([
    ['a non-http address', { ...hub, hubUrl: 'javascript:alert(1)' }],
    ['an address with a path', { ...hub, hubUrl: 'http://192.168.1.20:5190/evil' }],
    ['no protocol version', { ...hub, protocolVersion: undefined }],
    ['a protocol version 0', { ...hub, protocolVersion: 0 }],
    ['an overlong title', { ...hub, workshopTitle: 'x'.repeat(256) }],
    ['an extra field', { ...hub, token: 'secret' }],
  ])('reject a hub with %s', (_label, value) => {
    expect(discoveredHubSchema.safeParse(value).success).toBe(false);
  });

  it('reject a list longer than a dialog holds', () => {
    expect(
      discoveredHubsSchema.safeParse(Array.from({ length: MAX_LISTED_HUBS + 1 }, () => hub))
        .success,
    ).toBe(false);
  });

  it('take an empty request and read a refusal', () => {
    expect(listHubsRequestSchema.safeParse({}).success).toBe(true);
    expect(listHubsRequestSchema.safeParse({ all: true }).success).toBe(false);
    expect(browserHostRefusalSchema.parse({ error: 'no' })).toEqual({ error: 'no' });
  });
});
