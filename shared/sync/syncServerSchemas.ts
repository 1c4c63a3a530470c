import { isValidAutomergeUrl, type AutomergeUrl } from '@automerge/automerge-repo/slim';
import { z } from 'zod';

/**
 * "Beyond one room": a workshop synced through a standard automerge-repo sync server, named by
 * its WebSocket URL. No join code and no protocol of ours: the server speaks automerge-repo's
 * own, and whoever has the workshop's link can ask it for the workshop.
 */

export const SYNC_SERVER_URL_EXAMPLE = 'wss://sync.example.org';

/** A sync server address as people paste it, trimmed and without a bare trailing slash. */
export const syncServerUrlSchema = z
  .string()
  .trim()
  .max(500, 'That sync server address is longer than 500 characters.')
  .pipe(
    z.url({
      protocol: /^wss?$/,
      error: `A sync server address starts with ws:// or wss://, for example ${SYNC_SERVER_URL_EXAMPLE}.`,
    }),
  )
  .transform((url) => url.replace(/^(wss?:\/\/[^/?#]+)\/$/, '$1'));

/** A workshop's link, `automerge:…`, which is all a sync server needs to hand it over. */
export const workshopLinkSchema = z
  .string()
  .trim()
  .refine((url): url is AutomergeUrl => isValidAutomergeUrl(url), {
    error:
      'A workshop link looks like automerge:2j9knpCseyhnK8izDmLpGP5WMdZQ (ask whoever shared it).',
  });

/** This device's setting that keeps one workshop synced through one sync server. */
export const syncServerSettingSchema = z.object({
  serverUrl: syncServerUrlSchema,
  workshopUrl: workshopLinkSchema,
});
export type SyncServerSetting = z.output<typeof syncServerSettingSchema>;
