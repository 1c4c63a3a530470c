import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';

/**
 * automerge-repo's browser WebSocket adapter without its own reconnecting: the sync token in
 * the URL is single-use, so every reconnection goes through the join handshake again
 * (HubConnection does that).
 */
export class HubClientAdapter extends WebSocketClientAdapter {
  constructor(url: string) {
    super(url, 24 * 60 * 60 * 1000);
    this.onClose = () => {
      if (this.remotePeerId) this.emit('peer-disconnected', { peerId: this.remotePeerId });
      this.emit('close');
    };
    // The close that follows an error reports the failure.
    this.onError = () => undefined;
  }
}
