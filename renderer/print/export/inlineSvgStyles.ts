/** Presentation properties the map's stylesheet sets, all inherited in SVG. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'text-transform',
  'paint-order',
  'visibility',
] as const;

/** Editor affordances with no meaning in a file. */
const INTERACTIVE_ATTRIBUTES = ['tabindex', 'aria-pressed'];

/**
 * A copy of a rendered SVG whose look no longer depends on the page's stylesheets: each
 * element carries the computed values that differ from its parent's (the rest inherit), so
 * the file opens the same in any viewer. `svg` must be in the document, styled.
 */
export function inlineSvgStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const style = getComputedStyle(original);
    computed.set(original, style);
    const parent = original === svg ? undefined : computed.get(original.parentElement!);
    const declarations = INHERITED.flatMap((property) => {
      const value = style.getPropertyValue(property);
      return value && value !== parent?.getPropertyValue(property) ? [`${property}:${value}`] : [];
    });
    if (style.display === 'none') declarations.push('display:none');
    if (style.opacity !== '1') declarations.push(`opacity:${style.opacity}`);
    copy.removeAttribute('class');
    for (const name of INTERACTIVE_ATTRIBUTES) copy.removeAttribute(name);
    if (copy.getAttribute('role') === 'button') copy.removeAttribute('role');
    if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
    else copy.removeAttribute('style');
  });
  return clone;
}
