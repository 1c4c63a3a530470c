import { describe, expect, it } from 'vitest';
import {
  cleanDisplayName,
  displayNameSchema,
  MAX_DISPLAY_NAME_LENGTH,
} from '../../../../shared/sync/displayName';
import { joinChallengeSchema, joinRequestSchema } from '../../../../shared/sync/hubApiSchemas';
import { presenceMessageSchema, PRESENCE_TYPE } from '../../../../shared/sync/presence';
import { discoveredHubSchema, hostWorkshopRequestSchema } from '../../../../shared/ipc/ipcSchemas';

describe('a display name', () => {
  it('keeps an ordinary name as typed, without the spaces around it', () => {
    expect(cleanDisplayName('  Anna Lindqvist ')).toBe('Anna Lindqvist');
    expect(cleanDisplayName('山田 花子')).toBe('山田 花子');
  });

  it('loses control characters a hostile peer could put in lists and logs', () => {
    expect(cleanDisplayName('Bob\n\u001b[31mroot\u007f\t')).toBe('Bob[31mroot');
    expect(cleanDisplayName('\n\t')).toBe('');
  });

  it(`is cut to ${MAX_DISPLAY_NAME_LENGTH} characters, never inside one`, () => {
    expect(cleanDisplayName('x'.repeat(500))).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    const emoji = cleanDisplayName('🙂'.repeat(100));
    expect(Array.from(emoji)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(emoji).toBe('🙂'.repeat(MAX_DISPLAY_NAME_LENGTH));
    expect(cleanDisplayName(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });

  it('is cut, not refused, at every boundary it crosses', () => {
    const long = `Maria ${'von '.repeat(40)}Trapp`;
    const cut = cleanDisplayName(long);
    expect(displayNameSchema.parse(long)).toBe(cut);
    const presence = presenceMessageSchema.parse({
      type: PRESENCE_TYPE,
      deviceId: 'device-1',
      name: long,
      color: '#d1495b',
      selectedStepId: null,
    });
    expect(presence.name).toBe(cut);
    const workshopUrl = 'automerge:2j9knpCseyhnK8izDmLpGP5WMdZQ';
    expect(hostWorkshopRequestSchema.parse({ workshopUrl, hostName: long }).hostName).toBe(cut);
    const nonce = 'a'.repeat(64);
    expect(joinRequestSchema.parse({ nonce, proof: nonce, peerName: long }).peerName).toBe(cut);
    const hub = { name: long, protocolVersion: 1, workshops: [] };
    expect(joinChallengeSchema.parse({ nonce, hub }).hub.name).toBe(cut);
    const listed = discoveredHubSchema.parse({
      name: 'x',
      hubUrl: 'http://192.168.1.20:5190',
      hostName: long,
      workshopTitle: 'Intake',
      protocolVersion: 1,
    });
    expect(listed.hostName).toBe(cut);
  });
});
