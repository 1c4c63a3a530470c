import type { ReactNode } from 'react';

interface Props<View extends string> {
  /** Names the tab list ("Views of this map"). */
  label: string;
  className: string;
  /** Prefixes the ids of the tabs and of their panel: `${idPrefix}tab-${view}`. */
  idPrefix: string;
  views: readonly View[];
  current: View;
  onChoose(view: NoInfer<View>): void;
  children(view: NoInfer<View>): ReactNode;
  /** A view that cannot be shown now is a disabled tab the arrow keys skip. */
  enabled?(view: NoInfer<View>): boolean;
}

/** The id of a view's tab, which its panel is labelled by. */
export function viewTabId(idPrefix: string, view: string): string {
  return `${idPrefix}tab-${view}`;
}

/** The id of the panel a view's tab controls. */
export function viewPanelId(idPrefix: string, view: string): string {
  return `${idPrefix}panel-${view}`;
}

/**
 * An editor's views as tabs: one tab stop, ←/→ move between the views that can be shown, and
 * each tab names its Alt+digit shortcut (the editor's command registry handles the keys).
 */
export function ViewTabs<View extends string>(props: Props<View>) {
  const { views, current, idPrefix } = props;
  const enabled = props.enabled ?? (() => true);
  return (
    <div role="tablist" aria-label={props.label} className={props.className}>
      {views.map((view, index) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={viewTabId(idPrefix, view)}
          aria-selected={current === view}
          aria-controls={viewPanelId(idPrefix, view)}
          tabIndex={current === view ? 0 : -1}
          disabled={!enabled(view)}
          title={`Alt+${index + 1}`}
          onClick={() => props.onChoose(view)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
            const step = event.key === 'ArrowRight' ? 1 : -1;
            const available = views.filter(enabled);
            const next =
              available[(available.indexOf(view) + step + available.length) % available.length]!;
            props.onChoose(next);
            document.getElementById(viewTabId(idPrefix, next))?.focus();
          }}
        >
          {props.children(view)}
        </button>
      ))}
    </div>
  );
}
