// Positions for the value stream map drawing: pure geometry, no DOM.
export { layoutMap } from './layoutMap';
export { sameLayoutInputs } from './sameLayoutInputs';
export { neighbourStep, type MapDirection } from './neighbourStep';
export { dropTarget, type DropTarget } from './dropTarget';
export { COLUMN_WIDTH, DATA_BOX_HEIGHT, MAP_GEOMETRY } from './mapGeometry';
export type * from './MapLayout';
export { ellipsize, wrapLabel, type MeasureText } from './wrapLabel';
