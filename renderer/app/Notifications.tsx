import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: string;
  /** Technical detail for a support request, folded away behind "Details for support". */
  details?: string;
  action?: { label: string; run: () => void };
}

type Notify = (
  notice: Omit<Notice, 'id'> & {
    durationMs?: number;
    onExpire?: () => void;
    /** A notice in the same slot replaces this one: an editor's confirmations do not pile up. */
    slot?: string;
  },
) => void;

const NotifyContext = createContext<Notify>(() => {});
const DismissContext = createContext<(slot: string) => void>(() => {});

/**
 * Short messages at the bottom of the window: confirmations politely announced, errors as
 * alerts that stay until dismissed. An action (Undo) is a real button, reachable by keyboard.
 */
export function NotificationsProvider(props: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  /** What is on screen now, read when a message comes in. */
  const shown = useRef<Notice[]>([]);
  /** Notices without an action or an expiry handler: the same words again may renew them. */
  const renewable = useRef(new Map<number, ReturnType<typeof setTimeout> | undefined>());
  /** The notice shown in each slot, and its expiry. */
  const slots = useRef(new Map<string, { id: number; timer?: ReturnType<typeof setTimeout> }>());

  const update = useCallback((change: (all: Notice[]) => Notice[]) => {
    shown.current = change(shown.current);
    setNotices(shown.current);
  }, []);

  const dismiss = useCallback(
    (id: number) => {
      renewable.current.delete(id);
      update((all) => all.filter((notice) => notice.id !== id));
    },
    [update],
  );

  const dismissSlot = useCallback(
    (slot: string) => {
      const held = slots.current.get(slot);
      if (!held) return;
      clearTimeout(held.timer);
      slots.current.delete(slot);
      dismiss(held.id);
    },
    [dismiss],
  );

  const notify = useCallback<Notify>(
    ({ durationMs, onExpire, slot, ...notice }) => {
      if (slot !== undefined) dismissSlot(slot);
      const plain = !notice.action && !onExpire;
      // Pressing twice shows one message for longer, not two of the same.
      const same = plain
        ? shown.current.find(
            (other) =>
              renewable.current.has(other.id) &&
              other.tone === notice.tone &&
              other.message === notice.message &&
              other.details === notice.details,
          )
        : undefined;
      const id = same?.id ?? nextId.current++;
      if (same) clearTimeout(renewable.current.get(id));
      else update((all) => [...all, { ...notice, id }]);
      const timer =
        notice.tone === 'error' && durationMs === undefined
          ? undefined
          : setTimeout(() => {
              dismiss(id);
              onExpire?.();
            }, durationMs ?? 6000);
      if (plain) renewable.current.set(id, timer);
      if (slot !== undefined) slots.current.set(slot, { id, timer });
    },
    [dismiss, dismissSlot, update],
  );

  const errors = notices.filter((notice) => notice.tone === 'error');
  const infos = notices.filter((notice) => notice.tone === 'info');
  return (
    <NotifyContext.Provider value={notify}>
      <DismissContext.Provider value={dismissSlot}>{props.children}</DismissContext.Provider>
      <div className="notices">
        <div role="alert" className="notices-errors">
          {errors.map((notice) => (
            <NoticeView key={notice.id} notice={notice} onDismiss={dismiss} />
          ))}
        </div>
        <div role="status" aria-live="polite">
          {infos.map((notice) => (
            <NoticeView key={notice.id} notice={notice} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </NotifyContext.Provider>
  );
}

function NoticeView(props: { notice: Notice; onDismiss: (id: number) => void }) {
  const { notice, onDismiss } = props;
  return (
    <div className={`notice notice-${notice.tone}`}>
      <div className="notice-text">
        <span className="notice-message">{notice.message}</span>
        {notice.details && (
          <details className="notice-details">
            <summary>Details for support</summary>
            <p className="notice-details-text">{notice.details}</p>
          </details>
        )}
      </div>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            notice.action?.run();
            onDismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="notice-close"
        aria-label="Dismiss message"
        onClick={() => onDismiss(notice.id)}
      >
        ×
      </button>
    </div>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

/** Takes away the notice shown in a slot, e.g. a confirmation that an undo has made wrong. */
export function useDismissNotice(): (slot: string) => void {
  return useContext(DismissContext);
}

/** How long a deletion can be undone from its message. */
export const UNDO_DELETE_MS = 10_000;

export interface Deletion {
  message: string;
  /** Brings back what was deleted; offered for as long as the message shows. */
  undo: () => void;
  /**
   * Makes the deletion final once the message expires, whether undone or not: it must leave
   * alone what was brought back. Start-up makes final whatever a closed window left deleted.
   */
  finalize: () => void;
}

/**
 * Says that something was deleted, with Undo until the message expires. Workshops in the
 * library and documents in a workshop are deleted this way: hidden at once, removed later.
 */
export function useDeletionNotice(): (deletion: Deletion) => void {
  const notify = useNotify();
  return useCallback(
    ({ message, undo, finalize }: Deletion) =>
      notify({
        tone: 'info',
        message,
        durationMs: UNDO_DELETE_MS,
        action: { label: 'Undo', run: undo },
        onExpire: finalize,
      }),
    [notify],
  );
}
