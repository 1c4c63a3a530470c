import { OpenSocketClientAdapter } from './OpenSocketClientAdapter';

const A_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The WebSocket adapter for our hub, in the app and in Node alike. The sync token in its URL works
 * once, so it never reconnects by itself (HubConnection does, with a fresh join handshake); a
 * connection that closes before the hub answered is reported as 'close', and a failed upgrade is
 * left to that close instead of being thrown as an uncaught error (the Pitfall in ARCHITECTURE.md).
 */
export class HubClientAdapter extends OpenSocketClientAdapter {
  constructor(url: string) {
    // The adapter retries on an interval of its own while connecting; push it out of the way.
    super(url, A_DAY_MS);
    this.onClose = () => {
      if (this.remotePeerId) this.emit('peer-disconnected', { peerId: this.remotePeerId });
      this.emit('close');
    };
    // The close that follows an error reports the failure.
    this.onError = () => undefined;
  }
}
