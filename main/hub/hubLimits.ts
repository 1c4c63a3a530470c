/** Everything the hub bounds so that one peer cannot starve or crash it for the others. */
export interface HubLimits {
  /** Largest WebSocket frame; a first sync of a big workshop document is a few MB. */
  maxFrameBytes: number;
  /** Sustained frames per second per connection (token bucket refill). */
  framesPerSecond: number;
  /** Frames a connection may send in a burst, e.g. when it first announces its documents. */
  frameBurst: number;
  maxConnectionsPerAddress: number;
  maxConnections: number;
  /** A WebSocket that has not sent automerge-repo's join frame by then is closed. */
  joinTimeoutMs: number;
  /** Wrong join codes one address may try per minute before it is told to wait. */
  wrongCodesPerMinute: number;
  challengeTtlMs: number;
  tokenTtlMs: number;
  /** Challenges handed out and not yet answered; the oldest are forgotten beyond this. */
  maxPendingChallenges: number;
}

export const DEFAULT_HUB_LIMITS: HubLimits = {
  maxFrameBytes: 16 * 1024 * 1024,
  // A laptop sends its sync messages (up to ~20/s per open document), its own edits, and passes
  // every presence update of the room back to the hub (automerge-repo's ephemeral gossip): with
  // 30 people that can reach a few hundred frames a second. A real flood is thousands.
  framesPerSecond: 1000,
  frameBurst: 5000,
  // A room has one connection per laptop or tablet; a few spare for reconnects and extra tabs.
  maxConnectionsPerAddress: 8,
  maxConnections: 100,
  joinTimeoutMs: 10_000,
  wrongCodesPerMinute: 10,
  challengeTtlMs: 60_000,
  tokenTtlMs: 30_000,
  maxPendingChallenges: 1000,
};
