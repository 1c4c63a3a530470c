/** Makes a fresh id for a step, flow, kaizen or checklist item. Tests pass a counter. */
export type IdFactory = () => string;

// shared/ compiles without DOM or Node types; browsers and Node 20 both provide Web Crypto.
type WithWebCrypto = { crypto: { randomUUID(): string } };

export const randomId: IdFactory = () =>
  (globalThis as unknown as WithWebCrypto).crypto.randomUUID();
