import { useState } from 'react';
import { workshopTitleSchema } from '../../shared/workshop/workshopSchema';
import { useAppServices } from '../app/AppServices';
import { useDeletionNotice, useNotify } from '../app/Notifications';
import { navigate, routeHref } from '../app/route';
import type { WorkshopIndexEntry } from '../storage/ObeyaDatabase';
import { formatDate, formatRelativeTime } from './formatDates';
import { useWorkshopExport } from './useWorkshopExport';
import {
  deleteWorkshop,
  duplicateWorkshop,
  purgeDeletedWorkshops,
  renameWorkshop,
  restoreWorkshop,
} from './workshopLibrary';
import { errorMessage } from '../../shared/errorMessage';

export function WorkshopRow({ entry }: { entry: WorkshopIndexEntry }) {
  const services = useAppServices();
  const notify = useNotify();
  const notifyDeletion = useDeletionNotice();
  const exportWorkshop = useWorkshopExport();
  const [renaming, setRenaming] = useState(false);

  const remove = async () => {
    const deletedAt = Date.now();
    await deleteWorkshop(services, entry.url, deletedAt);
    notifyDeletion({
      message: `Deleted "${entry.title}".`,
      undo: () => void restoreWorkshop(services, entry.url),
      finalize: () => void purgeDeletedWorkshops(services, deletedAt),
    });
  };

  const duplicate = async () => {
    try {
      await duplicateWorkshop(services, entry.url, Date.now());
      notify({ tone: 'info', message: `Duplicated "${entry.title}".` });
    } catch (error) {
      notify({
        tone: 'error',
        message: `Could not duplicate "${entry.title}": ${errorMessage(error)}`,
      });
    }
  };

  const rename = async (title: string) => {
    try {
      await renameWorkshop(services, entry.url, title, Date.now());
    } catch (error) {
      notify({
        tone: 'error',
        message: `Could not rename "${entry.title}": ${errorMessage(error)}`,
      });
    }
  };

  const details = [
    entry.client,
    entry.date && formatDate(entry.date),
    entry.facilitator && `facilitated by ${entry.facilitator}`,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <li className="workshop-row">
      <div className="workshop-row-main">
        {renaming ? (
          <RenameField
            title={entry.title}
            onDone={(title) => {
              setRenaming(false);
              if (title !== undefined) void rename(title);
            }}
          />
        ) : (
          <a
            className="workshop-title"
            href={routeHref({ name: 'workshop', workshopUrl: entry.url })}
          >
            {entry.title}
          </a>
        )}
        <p className="workshop-meta">{details || 'No client or date yet'}</p>
        <p className="workshop-meta muted">
          {entry.artefactCount === 1 ? '1 document' : `${entry.artefactCount} documents`} · changed{' '}
          {formatRelativeTime(entry.updatedAt, Date.now())}
        </p>
      </div>
      <div className="row-actions" role="group" aria-label={`Actions for ${entry.title}`}>
        <button
          type="button"
          onClick={() => navigate({ name: 'workshop', workshopUrl: entry.url })}
        >
          Open
        </button>
        <button
          type="button"
          onClick={() => setRenaming(true)}
          aria-label={`Rename ${entry.title}`}
        >
          Rename
        </button>
        <button
          type="button"
          onClick={() => void duplicate()}
          aria-label={`Duplicate ${entry.title}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          onClick={() => void exportWorkshop(entry.url)}
          aria-label={`Export ${entry.title}`}
        >
          Export
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void remove()}
          aria-label={`Delete ${entry.title}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

function RenameField(props: { title: string; onDone: (title: string | undefined) => void }) {
  const [value, setValue] = useState(props.title);
  const [error, setError] = useState<string>();
  const commit = () => {
    const result = workshopTitleSchema.safeParse(value);
    if (!result.success) {
      setError(result.error.issues[0]?.message);
      return;
    }
    props.onDone(result.data === props.title ? undefined : result.data);
  };
  return (
    <div className="field inline-rename">
      <label className="visually-hidden" htmlFor="rename-workshop">
        New title
      </label>
      <input
        id="rename-workshop"
        autoFocus
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'rename-workshop-error' : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') props.onDone(undefined);
        }}
        onBlur={() =>
          workshopTitleSchema.safeParse(value).success ? commit() : props.onDone(undefined)
        }
      />
      {error && (
        <p className="field-error" id="rename-workshop-error">
          {error}
        </p>
      )}
    </div>
  );
}
