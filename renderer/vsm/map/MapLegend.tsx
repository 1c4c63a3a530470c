import type { JSX } from 'react';
import type { VisualControls } from './visualControls';

/**
 * What the map's marks mean, in words under it: the red marker and the thick arrows are not
 * explained by colour alone. Shows only the marks the map carries.
 */
export function MapLegend({ controls }: { controls: VisualControls }): JSX.Element | null {
  const marksWait = controls.biggestWaitStepId !== null;
  const marksAccuracy = controls.worstCompleteAccurateStepId !== null;
  if (!marksWait && !marksAccuracy && !controls.emphasiseCriticalPath) return null;
  return (
    <ul className="vsm-map-legend" aria-label="Legend of the map">
      {(marksWait || marksAccuracy) && (
        <li>
          <svg width="12" height="10" aria-hidden="true">
            <path className="vsm-map-red-marker" d="M2 1l8 0l-4 8z" />
          </svg>{' '}
          {marksWait && marksAccuracy
            ? 'Longest wait and lowest %C&A'
            : marksWait
              ? 'Longest wait'
              : 'Lowest %C&A'}
        </li>
      )}
      {controls.emphasiseCriticalPath && (
        <li>
          <svg width="24" height="10" aria-hidden="true">
            <line className="vsm-map-legend-critical" x1="1" y1="5" x2="23" y2="5" />
          </svg>{' '}
          Critical path (longest lead time)
        </li>
      )}
    </ul>
  );
}
