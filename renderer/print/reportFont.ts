import latin400 from '../../assets/fonts/inter-latin-400-normal.woff2?url';
import latin600 from '../../assets/fonts/inter-latin-600-normal.woff2?url';
import latin700 from '../../assets/fonts/inter-latin-700-normal.woff2?url';

/**
 * The typeface of printed reports and exported maps: Inter (SIL OFL), shipped in
 * assets/fonts and bundled by Vite, so a PDF looks the same on every laptop and offline. A
 * family name of its own keeps the report's faces from changing the app's screen font.
 */
export const REPORT_FONT_NAME = 'Obeya Inter';
export const REPORT_FONT_FAMILY = `'${REPORT_FONT_NAME}', Inter, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif`;

/** The Latin faces an exported SVG embeds (other scripts fall back to the viewer's fonts). */
export const EMBEDDED_FACES: readonly { weight: number; url: string }[] = [
  { weight: 400, url: latin400 },
  { weight: 600, url: latin600 },
  { weight: 700, url: latin700 },
];

/**
 * Resolves once the report's faces are loaded. Asking for each weight starts its download
 * even before layout has used it; `fonts.ready` then covers anything else the page needs.
 */
export async function reportFontsLoaded(): Promise<void> {
  await Promise.all(EMBEDDED_FACES.map(({ weight }) => document.fonts.load(`${weight} 12px '${REPORT_FONT_NAME}'`)));
  await document.fonts.ready;
}
