import { describe, expect, it } from 'vitest';
import {
  PRINT_STATE_KEYS,
  READ_PRINT_STATE_SCRIPT,
  readPrintState,
} from '../../../../shared/print/printState';

/** Runs the script as Electron's executeJavaScript would, on an <html> with this dataset. */
function runScript(dataset: Record<string, string>): unknown {
  const run = new Function('document', `return ${READ_PRINT_STATE_SCRIPT};`) as (
    document: unknown,
  ) => unknown;
  return run({ documentElement: { dataset } });
}

describe('the print state script', () => {
  it('reads the keys the print view sets', () => {
    const raw = runScript({ [PRINT_STATE_KEYS.ready]: 'true' });
    expect(raw).toEqual({ ready: 'true', error: null });
    expect(readPrintState(raw)).toEqual({ status: 'ready' });
  });

  it('reads nothing set as pending', () => {
    expect(readPrintState(runScript({}))).toEqual({ status: 'pending' });
  });

  it('reads a failure with its reason', () => {
    const raw = runScript({
      [PRINT_STATE_KEYS.ready]: 'error',
      [PRINT_STATE_KEYS.error]: 'The workshop of this report is not stored on this device.',
    });
    expect(readPrintState(raw)).toEqual({
      status: 'failed',
      message: 'The workshop of this report is not stored on this device.',
    });
  });
});

describe('readPrintState', () => {
  it('fails instead of waiting on anything unreadable', () => {
    expect(readPrintState(null)).toEqual({
      status: 'failed',
      message: 'the print view reported nothing readable',
    });
    expect(readPrintState('ready')).toMatchObject({ status: 'failed' });
  });

  it('gives a failure without a reason a general one', () => {
    expect(readPrintState({ ready: 'error', error: '' })).toEqual({
      status: 'failed',
      message: 'the print view failed',
    });
  });

  it('treats any other ready value as not ready yet', () => {
    expect(readPrintState({ ready: 'false', error: null })).toEqual({
      status: 'pending',
    });
  });
});
