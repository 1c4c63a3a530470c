import type { MapTile } from '../../../shared/print/mapPrintPlan';
import type { MapLayout } from '../../../shared/vsm/layout';
import { polylinePath } from '../../vsm/map/svgPaths';
import { TileGrid } from './TileGrid';

/**
 * A tiled map's overview: at this size text would be illegible, so only the shape of the
 * stream — boxes, handoffs, the ladder — with the grid of tiles that print it readably.
 */
export function MapOutline(props: {
  layout: MapLayout;
  tiles: readonly MapTile[];
  width: number;
  height: number;
}) {
  const { layout, tiles, width, height } = props;
  return (
    <svg
      className="static-map map-outline"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={`${width}mm`}
      height={`${height}mm`}
      role="img"
      aria-label="Overview of the map and its tiles"
    >
      <rect className="static-map-paper" width={layout.width} height={layout.height} />
      {[layout.supplier, layout.customer].map(({ party, box }) => (
        <rect key={party} className="map-outline-party" {...box} />
      ))}
      {layout.handoffs.map(({ from, to, points }) => (
        <path key={`${from}>${to}`} className="map-outline-flow" d={polylinePath(points)} />
      ))}
      {layout.steps.map(({ stepId, processBox, dataBox }) => (
        <rect
          key={stepId}
          className="map-outline-step"
          x={processBox.x}
          y={processBox.y}
          width={processBox.width}
          height={dataBox.y + dataBox.height - processBox.y}
        />
      ))}
      {layout.ladder.wave.length > 0 && (
        <path className="map-outline-flow" d={polylinePath(layout.ladder.wave)} />
      )}
      <TileGrid tiles={tiles} />
    </svg>
  );
}
