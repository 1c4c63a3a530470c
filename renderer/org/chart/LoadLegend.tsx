import type { Structure } from '../../../shared/org/OrgDesignDoc';
import { ChartDefs, patternIds } from './ChartDefs';

const ids = patternIds('legend');

/** What the chart's tints, patterns and marks mean: each is also a word or a figure. */
export function LoadLegend({ structure }: { structure: Structure }) {
  const swatch = (className: string, pattern?: string) => (
    <svg width="28" height="18" aria-hidden="true" className="org-legend-swatch">
      <rect className={className} x="1" y="1" width="26" height="16" rx="3" />
      {pattern && <rect x="1" y="1" width="26" height="16" rx="3" fill={`url(#${pattern})`} />}
    </svg>
  );
  return (
    <div className="org-legend">
      <svg width="0" height="0" aria-hidden="true" className="org-legend-defs">
        <ChartDefs ids={ids} />
      </svg>
      <ul aria-label="Legend">
        <li>{swatch('org-legend-ok')} Within capacity</li>
        <li>
          {swatch('org-legend-switching', ids.switching)} ⇄ Context switching: more planned than is
          left after switching (Weinberg)
        </li>
        <li>{swatch('org-legend-over', ids.over)} ⚠ Over capacity, with the person’s total</li>
        <li>
          <strong>×2</strong> on two services: one person, highlighted together
        </li>
        {structure === 'flat' && (
          <li>{swatch('org-legend-missing', ids.missing)} A required role nobody holds</li>
        )}
      </ul>
    </div>
  );
}
