import { useId } from 'react';
import type { DiscoveredHub } from '../../shared/ipc/contract';
import { HUB_PROTOCOL_VERSION } from '../../shared/sync/hubProtocol';
import { useNearbyHubs } from './useNearbyHubs';

interface Props {
  /** The address currently in the form, to mark the hub it belongs to. */
  chosenUrl: string;
  onChoose: (hub: DiscoveredHub) => void;
}

/**
 * "Workshop X — Anna": the hubs announced on this network, one button each; nothing where this
 * platform cannot look for them.
 */
export function NearbyHubList({ chosenUrl, onChoose }: Props) {
  const hubs = useNearbyHubs();
  const id = useId();
  if (hubs === null) return null;
  return (
    <div className="field">
      <span id={`${id}-label`} className="field-label">
        Workshops hosted on this network
      </span>
      {hubs.length === 0 ? (
        <p className="muted">Looking… (or type the host’s address below)</p>
      ) : (
        <ul className="nearby-hubs" aria-labelledby={`${id}-label`}>
          {hubs.map((hub) => {
            const compatible = hub.protocolVersion === HUB_PROTOCOL_VERSION;
            return (
              <li key={hub.name}>
                <button
                  type="button"
                  aria-pressed={hub.hubUrl === chosenUrl}
                  disabled={!compatible}
                  onClick={() => onChoose(hub)}
                >
                  {hub.workshopTitle || 'A workshop'} — {hub.hostName || hub.name}
                  {!compatible && ' (needs another version of Obeya)'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
