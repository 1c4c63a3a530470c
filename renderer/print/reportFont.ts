import latin400 from '../../assets/fonts/inter-latin-400-normal.woff2?url';
import latin600 from '../../assets/fonts/inter-latin-600-normal.woff2?url';
import latin700 from '../../assets/fonts/inter-latin-700-normal.woff2?url';

/**
 * The typeface of printed reports and exported maps: Inter (SIL OFL), shipped in
 * assets/fonts and bundled by Vite, so a PDF looks the same on every laptop and offline. A
 * family name of its own keeps the report's faces from changing the app's screen font.
 * Letters beyond its subsets (→, Σ, other scripts) come from the system's sans-serif: every
 * font named that a machine lacks costs a lookup in a new print window, and a PDF export is
 * one.
 */
export const REPORT_FONT_NAME = 'Obeya Inter';
export const REPORT_FONT_FAMILY = `'${REPORT_FONT_NAME}', sans-serif`;

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
    EMBEDDED_FACES.map(({ weight }) => document.fonts.load(face(weight))),
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
  await Promise.all(EMBEDDED_FACES.map(({ weight }) => document.fonts.load(face(weight), text)));
  await document.fonts.ready;
}

/**
 * Whether every face the text needs is loaded already (the usual case: they load with the
 * report's code). Then the report can be measured in the task that rendered it, before the
 * browser lays it out and paints it for the screen.
 */
export function reportFontsReady(text: string): boolean {
  return EMBEDDED_FACES.every(({ weight }) => document.fonts.check(face(weight), text));
}

function face(weight: number): string {
  return `${weight} 12px '${REPORT_FONT_NAME}'`;
}
