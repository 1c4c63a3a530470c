/**
 * Where the hub reports what it refused and why. Injected, so tests can assert on refusals and
 * the Electron main process can route them to its log.
 */
export interface HubLogger {
  info(event: string, details?: Record<string, unknown>): void;
  warn(event: string, details?: Record<string, unknown>): void;
}

export const consoleHubLogger: HubLogger = {
  info: (event, details) => console.info(`[hub] ${event}`, details ?? ''),
  warn: (event, details) => console.warn(`[hub] ${event}`, details ?? ''),
};
