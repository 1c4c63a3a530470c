import './chart.css';
/** Pattern ids of one drawing: several can share a page (the editor, an export, the report). */
export interface PatternIds {
  over: string;
  switching: string;
  missing: string;
}

export function patternIds(prefix: string): PatternIds {
  const safe = prefix.replace(/[^A-Za-z0-9_-]/g, '');
  return { over: `${safe}-over`, switching: `${safe}-switching`, missing: `${safe}-missing` };
}

/**
 * The patterns that, with an icon and a word, say what the load colours say: hatching for
 * over capacity and for a missing role, dots for context switching.
 */
export function ChartDefs({ ids }: { ids: PatternIds }) {
  return (
    <defs>
      <pattern
        id={ids.over}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="8" className="org-pattern-over" />
      </pattern>
      <pattern id={ids.switching} width="8" height="8" patternUnits="userSpaceOnUse">
        <circle cx="4" cy="4" r="1.4" className="org-pattern-switching" />
      </pattern>
      <pattern
        id={ids.missing}
        width="10"
        height="10"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <line x1="0" y1="0" x2="0" y2="10" className="org-pattern-missing" />
      </pattern>
    </defs>
  );
}
