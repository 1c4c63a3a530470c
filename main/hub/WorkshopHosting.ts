import { isValidAutomergeUrl, type AutomergeUrl } from '@automerge/automerge-repo';
import type { HostingInfo, HostWorkshopRequest } from '../../shared/ipc/contract';
import { MAX_REMEMBERED_WORKSHOPS } from '../../shared/sync/rememberedHub';
import type { HostingMemory } from './HostingMemory';
import { startHub, type Hub, type HubOptions } from './startHub';

export type WorkshopHostingOptions = Pick<
  HubOptions,
  'rendererRoot' | 'host' | 'storageDirectory' | 'discovery' | 'logger'
> & {
  /** Where the last hub listened and with which code; without it, every hub is new. */
  memory?: HostingMemory;
};

/**
 * This laptop's hosting, the same for the Electron app and the browser host: one hub, started
 * on first use, sharing every workshop asked for, until `stop()`.
 *
 * A hub started again comes back on the port of the last one, when it is free, and — for a
 * workshop that hub shared — with its join code: the room's laptops, still reconnecting to that
 * address with that code, are back by themselves, and a participant's browser keeps its page and
 * the edits it made meanwhile. Another workshop gets a new code, so last week's room cannot join.
 */
export class WorkshopHosting {
  #hub: Promise<Hub> | undefined;
  /** The workshops the running hub shares under its code, remembered ones included. */
  #workshopUrls: string[] = [];

  constructor(private readonly options: WorkshopHostingOptions) {}

  /** Starts the hub (once) and shares the workshop through it. */
  async host(request: HostWorkshopRequest): Promise<HostingInfo> {
    if (!isValidAutomergeUrl(request.workshopUrl)) {
      throw new Error('Hosting needs the automerge URL of a workshop.');
    }
    // The workshops shared now stay shared under the new code, at the same address.
    const renewing = request.newJoinCode ? await this.#hub?.catch(() => undefined) : undefined;
    const carried = renewing ? this.#workshopUrls : [];
    if (renewing) await this.stop();
    // One promise, so two quick requests share one hub instead of starting two.
    const starting = (this.#hub ??= this.#start(request, carried, renewing?.port));
    let hub: Hub;
    try {
      hub = await starting;
    } catch (error) {
      if (this.#hub === starting) this.#hub = undefined;
      throw error;
    }
    hub.addWorkshop(request.workshopUrl);
    if (!this.#workshopUrls.includes(request.workshopUrl)) {
      this.#workshopUrls = [...this.#workshopUrls, request.workshopUrl].slice(
        -MAX_REMEMBERED_WORKSHOPS,
      );
    }
    await this.options.memory
      ?.remember({ port: hub.port, joinCode: hub.joinCode, workshopUrls: this.#workshopUrls })
      .catch((error: unknown) =>
        // Hosting works without it; only a later restart would come back elsewhere.
        this.options.logger?.warn('hosting memory not saved', { message: String(error) }),
      );
    return { hubUrl: hub.url, joinCode: hub.joinCode };
  }

  async stop(): Promise<void> {
    const running = this.#hub;
    this.#hub = undefined;
    const hub = await running?.catch(() => undefined);
    await hub?.close();
  }

  async #start(
    request: HostWorkshopRequest,
    carried: string[],
    port: number | undefined,
  ): Promise<Hub> {
    const { memory, ...hubOptions } = this.options;
    const last = await memory?.recall();
    const sameRoom =
      !request.newJoinCode && (last?.workshopUrls.includes(request.workshopUrl) ?? false);
    this.#workshopUrls = sameRoom && last ? last.workshopUrls : carried;
    const options = {
      ...hubOptions,
      hostName: request.hostName,
      joinCode: sameRoom ? last?.joinCode : undefined,
    };
    const hub = await this.#listen(options, port ?? last?.port);
    for (const workshopUrl of carried) hub.addWorkshop(workshopUrl as AutomergeUrl);
    return hub;
  }

  /** A hub on `port` when it is free, else on any free one. */
  async #listen(options: HubOptions, port: number | undefined): Promise<Hub> {
    if (port !== undefined) {
      try {
        return await startHub({ ...options, port });
      } catch (error) {
        // Another program took the port meanwhile: the room must follow to a new address.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
        this.options.logger?.warn('last hub port taken', { port });
      }
    }
    return startHub(options);
  }
}
