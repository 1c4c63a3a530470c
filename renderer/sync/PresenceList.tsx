import { useEffect, useId, useRef, useState } from 'react';
import type { PeerPresence } from './usePeersPresent';

/**
 * The people who have a document open, each in their colour. A room holds up to thirty: beyond
 * `max` the rest fold into a "+N" button that opens the whole list, so the names never push the
 * title and the commands out of the bar.
 */
export function PresenceList({
  peers,
  label = 'Also here',
  max = Infinity,
}: {
  peers: PeerPresence[];
  label?: string;
  max?: number;
}) {
  if (peers.length === 0) return null;
  const folded = peers.length > max;
  return (
    <ul className="presence" aria-label={label}>
      {(folded ? peers.slice(0, max) : peers).map((peer) => (
        <PersonChip key={peer.deviceId} peer={peer} />
      ))}
      {folded && <EveryoneHere peers={peers} more={peers.length - max} />}
    </ul>
  );
}

function PersonChip({ peer }: { peer: PeerPresence }) {
  return (
    <li style={{ borderColor: peer.color, color: readableOnWhite(peer.color) }} title={peer.name}>
      {peer.name}
    </li>
  );
}

/** "+N": opens the list of everyone here; Escape or a click elsewhere closes it. */
function EveryoneHere({ peers, more }: { peers: PeerPresence[]; more: number }) {
  const [open, setOpen] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!item.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <li
      ref={item}
      className="presence-more"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`${more} more here: show everyone`}
        title={peers.map((peer) => peer.name).join(', ')}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        +{more}
      </button>
      {open && (
        <ul id={listId} className="presence presence-everyone" aria-label="Everyone here">
          {peers.map((peer) => (
            <PersonChip key={peer.deviceId} peer={peer} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The person's colour darkened until text in it reads at 4.5:1 on white (WCAG AA): several of
 * the presence colours (yellow, orange, teal) are too light for a name.
 */
function readableOnWhite(hex: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) return hex;
  let channels = [0, 2, 4].map((at) => parseInt(match[1]!.slice(at, at + 2), 16));
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = () =>
    0.2126 * linear(channels[0]!) + 0.7152 * linear(channels[1]!) + 0.0722 * linear(channels[2]!);
  while (1.05 / (luminance() + 0.05) < 4.5) channels = channels.map((c) => Math.floor(c * 0.9));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
