import type { JSX } from 'react';

export interface MapToolbarProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

/** Zoom buttons over the map's corner; real buttons, so they are in the tab order. */
export function MapToolbar({ onZoomIn, onZoomOut, onFit }: MapToolbarProps): JSX.Element {
  return (
    <div className="vsm-map-toolbar" role="toolbar" aria-label="Map zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={onZoomIn}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={onZoomOut}>
        −
      </button>
      <button type="button" aria-label="Fit" title="Fit the whole map" onClick={onFit}>
        Fit
      </button>
    </div>
  );
}
