import { useEffect, useId, useRef } from 'react';
import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { placementsOfPerson } from '../../shared/org/personChanges';

interface Props {
  design: OrgDesignDoc;
  personId: string;
  onDelete(): void;
  onClose(): void;
}

/** Deleting someone who is placed takes their placements too: the dialog says where first. */
export function DeletePersonDialog({ design, personId, onDelete, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => dialog.current?.showModal(), []);
  const person = design.people[personId]!;
  const placed = placementsOfPerson(design, personId);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-text`}
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onDelete();
          dialog.current?.close();
        }}
      >
        <h2 id={`${id}-heading`}>Delete {person.name}?</h2>
        <div id={`${id}-text`}>
          <p>{person.name} is placed in:</p>
          <ul>
            {placed.map(({ scenarioId, keys }) => (
              <li key={scenarioId}>
                “{design.scenarios[scenarioId]!.name}” —{' '}
                {keys.length === 1 ? '1 placement' : `${keys.length} placements`}
              </li>
            ))}
          </ul>
          <p>Their placements go with them. Undo (Ctrl+Z) brings everything back.</p>
        </div>
        <div className="dialog-actions">
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            Keep {person.name}
          </button>
          <button type="submit" className="danger">
            Delete with placements
          </button>
        </div>
      </form>
    </dialog>
  );
}
