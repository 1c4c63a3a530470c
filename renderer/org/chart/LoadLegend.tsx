import type { Structure } from '../../../shared/org/OrgDesignDoc';
import { ChartDefs, patternIds } from './ChartDefs';

const ids = patternIds('legend');

/**
 * What the chart's tints, patterns and marks mean: each is also a word or a figure. One line at
 * 1280 pixels, so the chart keeps the height a 720p projector has.
 */
export function LoadLegend({ structure }: { structure: Structure }) {
  const swatch = (className: string, pattern?: string) => (
    <svg width="28" height="18" aria-hidden="true" className="org-legend-swatch">
      <rect className={className} x="1" y="1" width="26" height="16" rx="3" />
      {pattern && <rect x="1" y="1" width="26" height="16" rx="3" fill={`url(#${pattern})`} />}
    </svg>
  );
  const matrix = structure === 'matrix';
  return (
    <div className="org-legend">
      <svg width="0" height="0" aria-hidden="true" className="org-legend-defs">
        <ChartDefs ids={ids} />
      </svg>
      <ul aria-label="Legend">
        <li>{swatch('org-legend-ok')} Within capacity</li>
        {/* A flat team is one service's worth of work: nobody switches between services. */}
        {matrix && (
          <li>
            {swatch('org-legend-switching', ids.switching)} ⇄ Over capacity after switching
            (Weinberg)
          </li>
        )}
        <li>{swatch('org-legend-over', ids.over)} ⚠ Over capacity, with the total</li>
        {matrix ? (
          <li>
            <strong>×2</strong> one person on two services
          </li>
        ) : (
          <li>{swatch('org-legend-missing', ids.missing)} Required role missing</li>
        )}
      </ul>
    </div>
  );
}
