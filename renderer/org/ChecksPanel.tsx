import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { OrgCheck } from '../../shared/org/checks/OrgCheck';
import { RULE_LABELS, SEVERITY_WORDS } from './checkWords';

interface Props {
  checks: readonly OrgCheck[];
  scenarioName: string;
  selectedCheckId: string | null;
  onSelectCheck(check: OrgCheck): void;
}

/** Findings listed before "Show all": a large design can have hundreds. */
const FIRST_SHOWN = 40;

/**
 * The scenario's checks, recomputed on every edit: errors, warnings, then notes (folded), each
 * with its severity as icon and word, its reason, its rule and source. Each is a button that
 * selects what is at fault (Enter or a click). The first {@link FIRST_SHOWN} findings are listed
 * (and the selected one), the notes only once unfolded.
 */

export function ChecksPanel({ checks, scenarioName, selectedCheckId, onSelectCheck }: Props) {
  const [showAll, setShowAll] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  // The button goes away: focus moves to the first finding it brought.
  const showAllFindings = () => {
    flushSync(() => setShowAll(true));
    listRef.current?.querySelectorAll<HTMLButtonElement>('.org-check')[FIRST_SHOWN]?.focus();
  };
  const failing = checks.filter((check) => check.severity !== 'info');
  const notes = checks.filter((check) => check.severity === 'info');
  const errors = failing.filter((check) => check.severity === 'error').length;
  const warnings = failing.length - errors;
  const counts = [
    errors > 0 && `${errors} ${errors === 1 ? 'error' : 'errors'}`,
    warnings > 0 && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  ].filter(Boolean);
  const list = (items: readonly OrgCheck[]) => (
    <ul className="org-check-list">
      {items.map((check) => (
        <li key={check.id}>
          <button
            type="button"
            className={`org-check severity-${check.severity}`}
            aria-pressed={check.id === selectedCheckId}
            data-check-id={check.id}
            onClick={() => onSelectCheck(check)}
          >
            <span className="org-check-severity">
              <span aria-hidden="true">{SEVERITY_WORDS[check.severity].icon}</span>{' '}
              {SEVERITY_WORDS[check.severity].word}
            </span>
            <span className="org-check-reason">{check.reason}</span>
            <span className="org-check-source">
              {RULE_LABELS[check.rule]} — {check.source}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="org-checks" aria-labelledby="org-checks-heading">
      <h2 id="org-checks-heading">Checks</h2>
      <p className="org-checks-count" role="status">
        {failing.length === 0
          ? `✓ No errors or warnings in “${scenarioName}”.`
          : `${counts.join(', ')} in “${scenarioName}”.`}
      </p>
      <div ref={listRef}>
        {failing.length > 0 &&
          list(
            showAll
              ? failing
              : failing.filter(
                  (check, index) => index < FIRST_SHOWN || check.id === selectedCheckId,
                ),
          )}
      </div>
      {!showAll && failing.length > FIRST_SHOWN && (
        <button type="button" className="link-button" onClick={showAllFindings}>
          Show all {failing.length} errors and warnings
        </button>
      )}
      {notes.length > 0 && (
        <details
          className="org-check-notes"
          open={notesOpen}
          onToggle={(event) => setNotesOpen(event.currentTarget.open)}
        >
          <summary>
            {notes.length} {notes.length === 1 ? 'note' : 'notes'} worth knowing
          </summary>
          {notesOpen && list(notes)}
        </details>
      )}
    </section>
  );
}
