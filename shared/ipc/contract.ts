/**
 * The one API the Electron preload exposes to the renderer (as `window.obeya`), and the IPC
 * channel names behind it. The renderer never sees channel strings; main validates every
 * payload against the schemas in `ipcSchemas.ts`.
 */
export const IpcChannel = {
  saveFile: 'obeya:save-file',
  openFile: 'obeya:open-file',
  printToPdf: 'obeya:print-to-pdf',
  hostWorkshop: 'obeya:host-workshop',
  stopHosting: 'obeya:stop-hosting',
  listHubs: 'obeya:list-hubs',
  /** main → renderer: a `.obeya` file was opened from the OS (argument or file association). */
  fileOpened: 'obeya:file-opened',
  /** main → renderer: a native menu item was chosen. */
  menuCommand: 'obeya:menu-command',
} as const;

export type FileKind = 'obeya' | 'pdf' | 'csv' | 'svg' | 'png';

export interface SaveFileRequest {
  /** File name offered in the Save dialog, without any directory part. */
  suggestedName: string;
  kind: FileKind;
  bytes: Uint8Array;
}

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export interface OpenFileRequest {
  kind: 'obeya' | 'csv';
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type OpenFileResult = { status: 'opened'; file: OpenedFile } | { status: 'cancelled' };

export interface PrintToPdfRequest {
  /** Hash route of the print view, e.g. "#/print/workshop/automerge:…". */
  route: string;
  suggestedName: string;
  pageSize: 'A4' | 'A3';
  landscape: boolean;
}

export interface HostWorkshopRequest {
  /** automerge URL of the workshop document to share. */
  workshopUrl: string;
  /** Shown to others choosing a hub: "on Anna's laptop". */
  hostName: string;
  /**
   * Restart the hub with a new join code, still sharing what it shares. Otherwise a hub started
   * again for a workshop it shared before keeps that workshop's code.
   */
  newJoinCode?: boolean;
}

/** Where others join a hosted workshop: the link (also served to browsers) and the code. */
export interface HostingInfo {
  hubUrl: string;
  joinCode: string;
}

/**
 * The browser host's (`npm run web`) counterpart of the hosting and hub-list IPC calls, on its
 * own origin. It answers only the Obeya page on the same laptop.
 */
export const BrowserHostPath = {
  /** POST a `HostWorkshopRequest` → `HostingInfo`; DELETE stops hosting. */
  host: '/api/host',
  /** GET → `DiscoveredHub[]`. */
  hubs: '/api/hubs',
} as const;

/** A hub another laptop announces in the room (mDNS): "Workshop X — Anna". */
export interface DiscoveredHub {
  /** The announcement's name, unique on the network. */
  name: string;
  /** `http://address:port`, for the join handshake. */
  hubUrl: string;
  hostName: string;
  workshopTitle: string;
  protocolVersion: number;
}

export const MENU_COMMANDS = [
  'new-workshop',
  'import-workshop',
  'export-workshop',
  'undo',
  'redo',
  'go-library',
  'show-help',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface ObeyaBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Starts this laptop's hub (once) and shares the workshop through it. */
  hostWorkshop(request: HostWorkshopRequest): Promise<HostingInfo>;
  stopHosting(): Promise<void>;
  /**
   * The hubs announced on this network right now, or null where this host cannot look for
   * them (a browser that is not on the laptop running Obeya). Looking starts with the first call.
   */
  listHubs(): Promise<DiscoveredHub[] | null>;
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
