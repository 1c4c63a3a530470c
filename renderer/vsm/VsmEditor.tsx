import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  computeMetrics,
  findStep,
  moveStep,
  reconcileStepTimes,
  staleLeadTimes,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { useAppServices } from '../app/AppServices';
import { useNotify } from '../app/Notifications';
import { navigate, routeHref } from '../app/route';
import { SaveStatusBadge } from '../documents/SaveStatusBadge';
import { PresenceList } from '../sync/PresenceList';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';
import { usePresence } from '../sync/usePresence';
import { UndoButtons } from '../documents/UndoButtons';
import { useDocumentValue } from '../documents/useDocument';
import { useFocusRescue } from '../documents/useFocusRescue';
import { useUndoShortcuts } from '../documents/useUndoShortcuts';
import { MapExportMenu } from '../print/export/MapExportMenu';
import { CompareView } from './CompareView';
import { KaizenPanel } from './KaizenPanel';
import { MapCanvas } from './map/MapCanvas';
import { MapDetailsPanel } from './MapDetailsPanel';
import { MetricsPanel } from './MetricsPanel';
import { StepInspector } from './StepInspector';
import { StepTable } from './StepTable';
import { tryMapChange } from './tryMapChange';
import {
  commandById,
  commandForKey,
  EDITOR_VIEWS,
  shortcutLabel,
  VIEW_LABELS,
  type CommandContext,
  type EditorView,
} from './vsmCommands';
import './vsm.css';
import { ViewTabs, viewPanelId, viewTabId } from '../documents/ViewTabs';

interface Props {
  handle: DocHandle<unknown>;
  workshopUrl: string;
}

/** The value stream map editor: map, table, kaizen, comparison and details of one map. */
export function VsmEditor({ handle: untyped, workshopUrl }: Props) {
  const handle = untyped as DocHandle<ValueStreamMapDoc>;
  const { repo } = useAppServices();
  const notify = useNotify();
  const map = useDocumentValue(handle);
  const metrics = useMemo(() => computeMetrics(map), [map]);
  const [view, setView] = useState<EditorView>('map');
  const [selected, setSelected] = useState<string | null>(null);
  const [openKaizenId, setOpenKaizenId] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement | null>(null);
  const focusNameOnMount = useRef(false);
  useUndoShortcuts(untyped);
  const heading = useRef<HTMLHeadingElement | null>(null);
  // Opened from a link or a dialog that is gone, focus starts at the map's title.
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  useFocusRescue(
    () =>
      document.querySelector<HTMLElement>('.vsm-toolbar .toolbar button:not(:disabled)') ??
      heading.current,
  );

  const selectedStep = selected ? findStep(map, selected) : undefined;
  const selectedStepId = selectedStep?.id ?? null;
  const peers = usePresence(untyped, selectedStepId);
  const remoteSelections = useMemo(
    () =>
      peers.flatMap((peer) =>
        peer.selectedStepId
          ? [{ stepId: peer.selectedStepId, color: peer.color, name: peer.name }]
          : [],
      ),
    [peers],
  );

  useEffect(() => {
    document.title = `Obeya — ${map.title}`;
  }, [map.title]);

  // A merge can leave a lead time that is either person's sum of process time and wait. Not an
  // edit of this person's, so outside undo; every laptop writes the same figure.
  useEffect(() => {
    if (staleLeadTimes(map).length > 0) handle.change(reconcileStepTimes);
  }, [handle, map]);

  // After the render that shows the (possibly new) step's inspector, not before it.
  const focusStepName = useCallback(() => {
    focusNameOnMount.current = true;
    requestAnimationFrame(() => {
      if (!focusNameOnMount.current || !nameInput.current) return;
      focusNameOnMount.current = false;
      nameInput.current.focus();
      nameInput.current.select();
    });
  }, []);

  const setNameInput = useCallback((element: HTMLInputElement | null) => {
    nameInput.current = element;
    if (element && focusNameOnMount.current) {
      focusNameOnMount.current = false;
      element.focus();
      element.select();
    }
  }, []);

  const context: CommandContext = {
    repo,
    handle,
    map,
    workshopUrl,
    selectedStepId,
    select: setSelected,
    setView,
    focusStepName,
    report: (message) => notify({ tone: 'error', message }),
  };
  const contextRef = useRef(context);
  contextRef.current = context;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inText = !!target?.closest('input, textarea, select, [contenteditable="true"]');
      const command = commandForKey(event, inText);
      if (!command || !command.enabled(contextRef.current)) return;
      event.preventDefault();
      command.run(contextRef.current);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const run = (id: string) => {
    const command = commandById(id);
    if (command.enabled(context)) command.run(context);
  };
  const commandButton = (id: string, extra?: string) => {
    const command = commandById(id);
    const shortcut = shortcutLabel(command);
    return (
      <button
        type="button"
        className={extra}
        disabled={!command.enabled(context)}
        onClick={() => run(id)}
        title={shortcut ? `${command.label} (${shortcut})` : command.label}
        aria-keyshortcuts={shortcut ? shortcut.replace(/\+/g, '+') : undefined}
      >
        {command.label}
      </button>
    );
  };

  const linkedUrl = map.linkedMapUrl;
  return (
    <div className="page vsm-editor">
      <header className="topbar">
        <a className="back-link" href={routeHref({ name: 'workshop', workshopUrl })}>
          ← Workshop
        </a>
        {/* The state first and never shrunk: a long title is cut, not the state it is in. */}
        <h1 className="vsm-title" ref={heading} tabIndex={-1}>
          <span className={`state-badge state-${map.state}`}>
            {map.state === 'current' ? 'Current state' : 'Future state'}
          </span>{' '}
          <span className="vsm-title-text" title={map.title}>
            {map.title}
          </span>
        </h1>
        <div className="topbar-actions">
          <PresenceList peers={peers} max={3} />
          <SyncStatusBadge peopleHere={peers.length + 1} />
          <SaveStatusBadge />
          <UndoButtons handle={untyped} />
          {linkedUrl ? (
            <button
              type="button"
              onClick={() => navigate({ name: 'artefact', workshopUrl, artefactUrl: linkedUrl })}
            >
              Open {map.state === 'current' ? 'future' : 'current'} state
            </button>
          ) : (
            commandButton('derive-future-state')
          )}
          <MapExportMenu
            map={map}
            metrics={metrics}
            mapUrl={handle.url}
            workshopUrl={workshopUrl}
          />
        </div>
      </header>
      <div className="vsm-body">
        <main className="vsm-main">
          <div className="vsm-toolbar">
            <ViewTabs
              label="Views of this map"
              className="tabs"
              idPrefix=""
              views={EDITOR_VIEWS}
              current={view}
              onChoose={setView}
              enabled={(name) => commandById(`show-${name}`).enabled(context)}
            >
              {(name) =>
                `${VIEW_LABELS[name]}${name === 'kaizen' && map.kaizens.length > 0 ? ` (${map.kaizens.length})` : ''}`
              }
            </ViewTabs>
            <div className="toolbar">
              {commandButton('add-step', 'primary')}
              {commandButton('delete-step', 'danger')}
              {commandButton('move-step-earlier')}
              {commandButton('move-step-later')}
            </div>
          </div>
          <div
            role="tabpanel"
            id={viewPanelId('', view)}
            aria-labelledby={viewTabId('', view)}
            // The comparison holds nothing to focus, yet scrolls: a tab stop lets the keyboard scroll it.
            tabIndex={view === 'compare' ? 0 : undefined}
            className="vsm-panel"
          >
            {view === 'map' && (
              <div className="map-view">
                {map.steps.length === 0 ? (
                  <div className="empty-state">
                    <h2>No steps yet</h2>
                    <p>
                      Add the first step with “Add step” (Alt+N), or paste rows from a spreadsheet
                      in the table.
                    </p>
                  </div>
                ) : (
                  <MapCanvas
                    map={map}
                    metrics={metrics}
                    selectedStepId={selectedStepId}
                    remoteSelections={remoteSelections}
                    onSelectStep={setSelected}
                    onOpenStep={(stepId) => {
                      setSelected(stepId);
                      focusStepName();
                    }}
                    onMoveStep={(stepId, offset) => {
                      for (let moved = 0; moved < Math.abs(offset); moved++) {
                        const refusal = tryMapChange(handle, (draft) =>
                          moveStep(draft, stepId, offset < 0 ? 'up' : 'down'),
                        );
                        if (refusal) {
                          notify({ tone: 'error', message: refusal });
                          break;
                        }
                      }
                    }}
                    onOpenKaizen={(kaizenId) => {
                      setOpenKaizenId(kaizenId);
                      setView('kaizen');
                    }}
                  />
                )}
              </div>
            )}
            {view === 'table' && (
              <StepTable
                handle={handle}
                map={map}
                metrics={metrics}
                selectedStepId={selectedStepId}
                onSelectStep={setSelected}
                remoteSelections={remoteSelections}
              />
            )}
            {view === 'kaizen' && (
              <KaizenPanel
                handle={handle}
                map={map}
                selectedStepId={selectedStepId}
                openKaizenId={openKaizenId}
                onOpenKaizen={setOpenKaizenId}
              />
            )}
            {view === 'compare' && linkedUrl && <CompareView map={map} linkedUrl={linkedUrl} />}
            {view === 'details' && <MapDetailsPanel handle={handle} map={map} />}
          </div>
        </main>
        <aside className="vsm-side" aria-label="Metrics and selected step">
          <MetricsPanel metrics={metrics} />
          {selectedStep ? (
            <StepInspector
              key={selectedStep.id}
              handle={handle}
              map={map}
              step={selectedStep}
              nameInputRef={setNameInput}
            />
          ) : (
            <p className="muted small inspector-hint">
              Select a step on the map or in the table to edit it.
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}
