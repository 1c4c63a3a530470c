/** Pixels per map unit: twice the screen size, sharp on high-density screens and slides. */
const PNG_SCALE = 2;
/** Chromium's limits for one canvas: a side and the area, in pixels. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

/**
 * Rasterises an SVG file at 2× (less only where a huge map would exceed the canvas limits) on
 * a white ground. The SVG is loaded as an image from a blob URL, which loads nothing external:
 * its fonts must be embedded.
 */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
): Promise<Uint8Array> {
  const scale = Math.min(
    PNG_SCALE,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_AREA / (width * height)),
  );
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the image is too large to encode');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
