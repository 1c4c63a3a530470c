/**
 * How chart series tell apart: a colour, a dash pattern and a marker shape each, so that
 * print in grey, a projector's washed-out colours or colour blindness never merge two series.
 * Colours from Okabe & Ito's palette for colour-vision deficiency, darkened to 3:1 on white.
 */
export interface SeriesStyle {
  color: string;
  dash: string;
  marker: MarkerShape;
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

const STYLES: SeriesStyle[] = [
  { color: '#1f4e79', dash: '', marker: 'circle' },
  { color: '#c45a00', dash: '7 4', marker: 'square' },
  { color: '#00795a', dash: '2 3', marker: 'triangle' },
  { color: '#a3367a', dash: '10 3 2 3', marker: 'diamond' },
  { color: '#5b5b5b', dash: '4 2', marker: 'cross' },
];

export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length]!;
}

/** An SVG path for a marker of `size` (its width) centred on x, y. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${size},0a${r},${r} 0 1,0 ${-size},0`;
    case 'square':
      return `M${x - r},${y - r}h${size}v${size}h${-size}z`;
    case 'triangle':
      return `M${x},${y - r * 1.15}L${x + r * 1.1},${y + r * 0.85}L${x - r * 1.1},${y + r * 0.85}z`;
    case 'diamond':
      return `M${x},${y - r * 1.25}L${x + r * 1.1},${y}L${x},${y + r * 1.25}L${x - r * 1.1},${y}z`;
    case 'cross':
      return `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`;
  }
}
