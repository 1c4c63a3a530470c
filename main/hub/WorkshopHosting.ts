import { isValidAutomergeUrl } from '@automerge/automerge-repo';
import type { HostingInfo, HostWorkshopRequest } from '../../shared/ipc/contract';
import { startHub, type Hub, type HubOptions } from './startHub';

export type WorkshopHostingOptions = Pick<
  HubOptions,
  'rendererRoot' | 'host' | 'storageDirectory' | 'discovery' | 'logger'
>;

/**
 * This laptop's hosting, the same for the Electron app and the browser host: one hub, started
 * on first use, sharing every workshop asked for, until `stop()`.
 */
export class WorkshopHosting {
  #hub: Promise<Hub> | undefined;

  constructor(private readonly options: WorkshopHostingOptions) {}

  /** Starts the hub (once) and shares the workshop through it. */
  async host(request: HostWorkshopRequest): Promise<HostingInfo> {
    if (!isValidAutomergeUrl(request.workshopUrl)) {
      throw new Error('Hosting needs the automerge URL of a workshop.');
    }
    // One promise, so two quick requests share one hub instead of starting two.
    const starting = (this.#hub ??= startHub({ ...this.options, hostName: request.hostName }));
    let hub: Hub;
    try {
      hub = await starting;
    } catch (error) {
      if (this.#hub === starting) this.#hub = undefined;
      throw error;
    }
    hub.addWorkshop(request.workshopUrl);
    return { hubUrl: hub.url, joinCode: hub.joinCode };
  }

  async stop(): Promise<void> {
    const running = this.#hub;
    this.#hub = undefined;
    const hub = await running?.catch(() => undefined);
    await hub?.close();
  }
}
