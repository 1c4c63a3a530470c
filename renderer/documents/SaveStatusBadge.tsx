import { useSaveStatus } from '../storage/saveStatus';

const LABELS = {
  saved: 'All changes saved',
  saving: 'Saving…',
  failed: 'Could not save — keep this window open and check the disk',
} as const;

/** Tells the coach, quietly, that what they typed is stored on this laptop. */
export function SaveStatusBadge() {
  const status = useSaveStatus();
  return (
    <span className={`save-status save-status-${status}`} data-status={status}>
      {LABELS[status]}
    </span>
  );
}
