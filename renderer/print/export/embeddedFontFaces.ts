import { EMBEDDED_FACES, REPORT_FONT_NAME } from '../reportFont';

/**
 * @font-face rules with the report faces as data URLs, so an exported SVG shows its text in
 * Inter on any machine, and the PNG rasteriser (an <img>, which loads nothing external) too.
 * A face that cannot be read is left out: the text then falls back to the viewer's fonts.
 */
export async function embeddedFontFaces(): Promise<string> {
  const rules = await Promise.all(
    EMBEDDED_FACES.map(async ({ weight, url }) => {
      try {
        const response = await fetch(url);
        if (!response.ok) return '';
        const dataUrl = await blobAsDataUrl(
          new Blob([await response.arrayBuffer()], { type: 'font/woff2' }),
        );
        return `@font-face{font-family:'${REPORT_FONT_NAME}';font-weight:${weight};src:url(${dataUrl}) format('woff2')}`;
      } catch {
        return '';
      }
    }),
  );
  return rules.join('\n');
}

function blobAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the font'));
    reader.readAsDataURL(blob);
  });
}
