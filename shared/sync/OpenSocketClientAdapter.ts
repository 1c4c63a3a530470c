import {
  WebSocketClientAdapter,
  type FromClientMessage,
} from '@automerge/automerge-repo-network-websocket';

/**
 * automerge-repo's WebSocket client adapter, except that a message for a socket that is closing
 * or closed is dropped instead of thrown.
 *
 * automerge-repo-network-websocket 2.5.6 throws "Websocket not ready" for it, and most sends
 * happen in a timer or an event handler where nothing catches that: a sync push due just as the
 * hub went away, or a presence message forwarded while the socket closes. In a browser it is a
 * console error; in a Node process (a test, the benchmark's peers) it is a crash. Nothing is lost
 * by dropping: sync starts over from the documents themselves on the next connection. (The same
 * fix was merged upstream as automerge-repo#627, not yet released.)
 */
export class OpenSocketClientAdapter extends WebSocketClientAdapter {
  override send(message: FromClientMessage): void {
    const socket = this.socket;
    if (socket && socket.readyState !== socket.OPEN) return;
    super.send(message);
  }
}
