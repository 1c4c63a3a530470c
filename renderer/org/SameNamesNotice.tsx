import type { SameName } from '../../shared/org/sameNames';

/**
 * Names two laptops gave at once (two people called "Anna"): both entries stay, since they may
 * be two people; the coach renames one or deletes the double.
 */
export function SameNamesNotice({ doubles }: { doubles: readonly SameName[] }) {
  return (
    <section className="org-repair org-doubles" role="status" aria-label="Names given twice">
      <ul>
        {doubles.map((double) => (
          <li key={`${double.kind}:${double.name}`}>⚠ {double.message}</li>
        ))}
      </ul>
    </section>
  );
}
