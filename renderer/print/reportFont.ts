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

let facesLoading: Promise<unknown> | undefined;

/**
 * Starts downloading the report's faces (once). Asking for each weight fetches it before
 * layout has used it, so the fonts arrive while the documents load.
 */
export function loadReportFaces(): Promise<unknown> {
  facesLoading ??= Promise.all(
    EMBEDDED_FACES.map(({ weight }) => document.fonts.load(`${weight} 12px '${REPORT_FONT_NAME}'`)),
  );
  return facesLoading;
}

/**
 * Resolves once every face the report's text needs is loaded, including subsets for letters
 * beyond Latin-1 — also in sections the screen has not laid out: the PDF step does not wait
 * for fonts, it prints with whatever is loaded.
 */
export async function reportFontsLoaded(text: string): Promise<void> {
  await loadReportFaces();
  await Promise.all(
    EMBEDDED_FACES.map(({ weight }) =>
      document.fonts.load(`${weight} 12px '${REPORT_FONT_NAME}'`, text),
    ),
  );
  await document.fonts.ready;
}
