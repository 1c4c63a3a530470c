import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';

const A_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * automerge-repo's WebSocket client adapter made fit for tokens that work once: it never
 * reconnects by itself (HubConnection does, with a fresh handshake), reports a connection that
 * closed before the hub answered as 'close', and leaves a failed upgrade to that close instead of
 * throwing it as an uncaught error (the Pitfall in ARCHITECTURE.md).
 */
export class NodeHubClientAdapter extends WebSocketClientAdapter {
  constructor(url: string) {
    // The adapter retries on an interval of its own while connecting; push it out of the way.
    super(url, A_DAY_MS);
    this.onClose = () => {
      if (this.remotePeerId) this.emit('peer-disconnected', { peerId: this.remotePeerId });
      this.emit('close');
    };
    this.onError = () => undefined;
  }
}
