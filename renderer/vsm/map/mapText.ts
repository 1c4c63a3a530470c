import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { MeasureText } from '../../../shared/vsm/layout';

/** A label's font on the map, in map units: as its rule in mapCanvas.css. */
export interface MapFont {
  size: number;
  weight: number;
  /** Distance between the baselines of two lines. */
  lineHeight: number;
}

export const MAP_FONTS = {
  stepName: { size: 13, weight: 600, lineHeight: 15 },
  stepRole: { size: 12, weight: 400, lineHeight: 14 },
  partyName: { size: 13, weight: 600, lineHeight: 16 },
  kaizen: { size: 12, weight: 600, lineHeight: 14 },
  /** A data row's label, as drawn when red (bold, its widest). */
  dataLabel: { size: 12, weight: 700, lineHeight: 16 },
  infoLabel: { size: 12, weight: 400, lineHeight: 14 },
  remoteName: { size: 12, weight: 600, lineHeight: 14 },
} as const satisfies Record<string, MapFont>;

/** Measures a text in one of the map's fonts. */
export type MapTextMeasure = (font: MapFont) => MeasureText;

/**
 * Measures with a 2D canvas in `fontFamily`, the family the map's text is drawn in: a canvas
 * resolves the family list as the text does, so the measure is that of the font actually
 * drawn — Inter once it is loaded, whatever stands in for it before. Cached per text.
 */
export function canvasTextMeasure(fontFamily: string): MapTextMeasure {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const byFont = new Map<MapFont, MeasureText>();
  return (font) => {
    let measure = byFont.get(font);
    if (!measure) {
      const css = `${font.weight} ${font.size}px ${fontFamily}`;
      measure = (text) => {
        const key = `${css}|${text}`;
        let width = widths.get(key);
        if (width === undefined) {
          if (!context) return estimate(font)(text);
          context.font = css;
          width = context.measureText(text).width;
          widths.set(key, width);
        }
        return width;
      };
      byFont.set(font, measure);
    }
    return measure;
  };
}

/** A generous guess where nothing can be measured yet. */
const estimate: MapTextMeasure = (font) => (text) => Array.from(text).length * font.size * 0.62;

/** How the map's drawing components measure their labels; provided by the canvas. */
export const MapTextContext = createContext<MapTextMeasure>(estimate);

export function useMapTextMeasure(): MapTextMeasure {
  return useContext(MapTextContext);
}

/**
 * A measure for text drawn in `fontFamily` (null: not known yet, an estimate), made anew
 * whenever a font finishes loading — the labels then fit themselves again to the face now
 * drawn.
 */
export function useFontMeasure(fontFamily: string | null): MapTextMeasure {
  // The measure made after the last font load, for the family it was made for.
  const [reloaded, setReloaded] = useState<{ family: string; measure: MapTextMeasure } | null>(
    null,
  );
  useEffect(() => {
    if (fontFamily === null) return;
    const fonts = document.fonts;
    const onLoaded = () =>
      setReloaded({ family: fontFamily, measure: canvasTextMeasure(fontFamily) });
    fonts.addEventListener('loadingdone', onLoaded);
    return () => fonts.removeEventListener('loadingdone', onLoaded);
  }, [fontFamily]);
  return useMemo(() => {
    if (fontFamily === null) return estimate;
    return reloaded?.family === fontFamily ? reloaded.measure : canvasTextMeasure(fontFamily);
  }, [fontFamily, reloaded]);
}
