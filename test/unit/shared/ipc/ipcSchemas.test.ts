import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  menuCommandSchema,
  openFileRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
} from '../../../../shared/ipc/ipcSchemas';

const bytes = new Uint8Array([1, 2, 3]);

describe('IPC schemas', () => {
  it('accept a well-formed save request', () => {
    expect(
      saveFileRequestSchema.parse({ suggestedName: 'ACME.obeya', kind: 'obeya', bytes })
        .suggestedName,
    ).toBe('ACME.obeya');
  });

  it.each([
    ['a path in the name', { suggestedName: '../../etc/passwd', kind: 'obeya', bytes }],
    ['a Windows path in the name', { suggestedName: 'C:\\evil.obeya', kind: 'obeya', bytes }],
    ['an empty name', { suggestedName: '', kind: 'obeya', bytes }],
    ['a dot-dot name', { suggestedName: '..', kind: 'obeya', bytes }],
    ['an unknown kind', { suggestedName: 'a.exe', kind: 'exe', bytes }],
    ['bytes as a string', { suggestedName: 'a.obeya', kind: 'obeya', bytes: 'AAAA' }],
    ['an extra key', { suggestedName: 'a.obeya', kind: 'obeya', bytes, path: '/tmp/x' }],
    ['a missing field', { suggestedName: 'a.obeya', bytes }],
  ])('reject a save request with %s', (_label, payload) => {
    expect(saveFileRequestSchema.safeParse(payload).success).toBe(false);
  });

  it('reject a save request larger than the limit', () => {
    const huge = { byteLength: MAX_FILE_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(
      saveFileRequestSchema.safeParse({ suggestedName: 'a.obeya', kind: 'obeya', bytes: huge })
        .success,
    ).toBe(false);
  });

  it('reject unknown open kinds and non-objects', () => {
    expect(openFileRequestSchema.safeParse({ kind: 'obeya' }).success).toBe(true);
    expect(openFileRequestSchema.safeParse({ kind: 'exe' }).success).toBe(false);
    expect(openFileRequestSchema.safeParse(null).success).toBe(false);
    expect(openFileRequestSchema.safeParse('obeya').success).toBe(false);
  });

  it('accept only print routes for PDF printing', () => {
    const good = {
      route: '#/print/workshop/automerge:abc',
      suggestedName: 'r.pdf',
      pageSize: 'A4',
      landscape: true,
    };
    expect(printToPdfRequestSchema.safeParse(good).success).toBe(true);
    for (const route of [
      'https://evil.example/',
      'javascript:alert(1)',
      '#/print/<script>',
      '#/workshop/x',
    ]) {
      expect(printToPdfRequestSchema.safeParse({ ...good, route }).success, route).toBe(false);
    }
    expect(printToPdfRequestSchema.safeParse({ ...good, pageSize: 'Letter' }).success).toBe(false);
  });

  it('accept only known menu commands', () => {
    expect(menuCommandSchema.safeParse('undo').success).toBe(true);
    expect(menuCommandSchema.safeParse('rm -rf').success).toBe(false);
  });
});

describe('hosting schemas', () => {
  it('accept a workshop to host and refuse anything else', async () => {
    const { hostWorkshopRequestSchema, hostingInfoSchema } =
      await import('../../../../shared/ipc/ipcSchemas');
    const workshopUrl = 'automerge:2Xbo8bwFTHFbZ6XGD7qbazjkSY7b';
    expect(hostWorkshopRequestSchema.safeParse({ workshopUrl, hostName: 'Anna' }).success).toBe(
      true,
    );
    expect(
      hostWorkshopRequestSchema.safeParse({ workshopUrl: 'file:///etc/passwd', hostName: 'A' })
        .success,
    ).toBe(false);
    expect(
      hostWorkshopRequestSchema.safeParse({ workshopUrl, hostName: { toString: 'Anna' } }).success,
    ).toBe(false);
    expect(
      hostingInfoSchema.safeParse({ hubUrl: 'http://192.168.1.20:5190', joinCode: 'K7Q2M9XD' })
        .success,
    ).toBe(true);
    expect(
      hostingInfoSchema.safeParse({ hubUrl: 'javascript:alert(1)', joinCode: 'K7Q2M9XD' }).success,
    ).toBe(false);
    expect(
      hostingInfoSchema.safeParse({ hubUrl: 'http://a:1', joinCode: 'O0O0O0O0' }).success,
    ).toBe(false);
  });
});
