/**
 * The few globals shared/ may use: present in every JavaScript runtime we run on (browsers,
 * Node, Electron) but declared by the DOM or Node type libraries, which shared/ must not load.
 * Only shared/tsconfig.json reads this file; renderer/ and main/ get the real declarations.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
