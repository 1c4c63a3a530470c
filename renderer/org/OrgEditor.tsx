import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checksOf } from '../../shared/org/checks/checkScenario';
import type { OrgCheck } from '../../shared/org/checks/OrgCheck';
import { danglingReferences } from '../../shared/org/danglingReferences';
import { sameNames } from '../../shared/org/sameNames';
import { orderedScenarios } from '../../shared/org/orgLookup';
import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { placementsOfPerson, deletePerson } from '../../shared/org/personChanges';
import { addScenario, renameScenario } from '../../shared/org/scenarioChanges';
import { scenarioModel } from '../../shared/org/scenarioModel';
import { useDismissNotice, useNotify } from '../app/Notifications';
import { routeHref } from '../app/route';
import { SaveStatusBadge } from '../documents/SaveStatusBadge';
import { UndoButtons } from '../documents/UndoButtons';
import { useDocumentValue } from '../documents/useDocument';
import { useFocusRescue } from '../documents/useFocusRescue';
import { undoKey, useUndoShortcuts } from '../documents/useUndoShortcuts';
import { PresenceList } from '../sync/PresenceList';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';
import { usePresence } from '../sync/usePresence';
import { chipLoads } from './chart/personLoad';
import { ChartView } from './ChartView';
import { ChecksPanel } from './ChecksPanel';
import { DeletePersonDialog } from './DeletePersonDialog';
import { leadingScenario } from './designOutline';
import { DetailsPanel } from './DetailsPanel';
import { Inspector } from './Inspector';
import { OrgExportMenu } from './OrgExportMenu';
import {
  commandById,
  commandForKey,
  movePlacementCommand,
  ORG_VIEWS,
  removePlacementCommand,
  shortcutLabel,
  undoLast,
  VIEW_LABELS,
  type OrgCommandContext,
  type OrgView,
} from './orgCommands';
import { selectionForCheck, selectedPersonId, type OrgSelection } from './orgSelection';
import { addOrgRows, tableKindOf, type RowsReport } from './people/orgRows';
import { OrgRowsTools } from './people/OrgRowsTools';
import { PeopleTable } from './people/PeopleTable';
import { PlaceDialog, type PlaceDraft } from './PlaceDialog';
import { CompareView } from './compare/CompareView';
import { RepairNotice } from './RepairNotice';
import { SameNamesNotice } from './SameNamesNotice';
import { assessmentHintOf } from './views/assessmentHint';
import { RecommendationPanel } from './views/RecommendationPanel';
import { ResponsibilityPanel } from './views/ResponsibilityPanel';
import { useOptionalDocumentValue } from './views/useOptionalDocumentValue';
import { useWorkshopDocuments } from './views/useWorkshopDocuments';
import { ValueStreamPanel } from './views/ValueStreamPanel';
import { ScenarioDialog } from './ScenarioDialog';
import { tryOrgChange } from './tryOrgChange';
import './org.css';
import { ViewTabs, viewPanelId, viewTabId } from '../documents/ViewTabs';

const CONFIRMATION_SLOT = 'org-confirmation';
const REFUSAL_SLOT = 'org-refusal';

interface Props {
  handle: DocHandle<unknown>;
  workshopUrl: string;
}

/**
 * The organisation design editor: the scenarios of one design, each as a chart (flat team or
 * matrix), a table of people, its responsibility across the process, a comparison, a
 * recommendation and its link to the value stream; its checks beside it, live.
 */
export function OrgEditor({ handle: untyped, workshopUrl }: Props) {
  const handle = untyped as DocHandle<OrgDesignDoc>;
  const design = useDocumentValue(handle);
  const notify = useNotify();
  useUndoShortcuts(untyped);
  // A chip taken off, a person deleted, an undo or a closed dialog leaves focus on the chart's
  // current cell or role (or the first command), never on the page.
  useFocusRescue(
    () =>
      document.querySelector<HTMLElement>(
        '.org-chart :is(.org-cell-target, .org-group-target)[tabindex="0"]',
      ) ?? document.querySelector<HTMLElement>('.org-commands button:not(:disabled)'),
  );

  const [chosenScenarioId, setScenarioId] = useState<string | null>(null);
  // A scenario deleted here or on another laptop gives way to the baseline.
  const scenario =
    (chosenScenarioId !== null && design.scenarios[chosenScenarioId]) || leadingScenario(design)!;
  const [view, setView] = useState<OrgView>('chart');
  const [selection, setSelection] = useState<OrgSelection | null>(null);
  const [selectedCheckId, setSelectedCheckId] = useState<string | null>(null);
  const [placing, setPlacing] = useState<PlaceDraft | null>(null);
  const [scenarioDialog, setScenarioDialog] = useState<'new' | 'rename' | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [rowsReport, setRowsReport] = useState<RowsReport | null>(null);

  const model = useMemo(() => scenarioModel(design, scenario), [design, scenario]);
  const checks = useMemo(() => checksOf(model), [model]);
  const loads = useMemo(() => chipLoads(model), [model]);
  const dangling = useMemo(() => danglingReferences(design), [design]);
  const doubles = useMemo(() => sameNames(design), [design]);
  const assessments = useWorkshopDocuments(workshopUrl, 'assessment');
  const assessmentDoc = useOptionalDocumentValue(assessments[0]?.handle);
  const assessment = assessmentDoc
    ? {
        hint: assessmentHintOf(assessmentDoc),
        title: (assessmentDoc as { title?: string }).title ?? 'Assessment',
      }
    : null;

  const peers = usePresence(untyped, selectedPersonId(selection));
  // Whom each colleague has selected (presence calls it a step): their colour and name on the chips.
  const [remote, remoteNames] = useMemo(() => {
    const colours = new Map<string, string>();
    const names = new Map<string, string>();
    for (const peer of peers) {
      if (peer.selectedStepId && !colours.has(peer.selectedStepId)) {
        colours.set(peer.selectedStepId, peer.color);
        names.set(peer.selectedStepId, peer.name);
      }
    }
    return [colours, names];
  }, [peers]);

  useEffect(() => {
    document.title = `Obeya — ${design.title}`;
  }, [design.title]);

  // One refusal and one confirmation at a time, so messages never pile up over the chart.
  const report = useCallback(
    (message: string) => notify({ tone: 'error', message, slot: REFUSAL_SLOT }),
    [notify],
  );
  const confirm = useCallback(
    (message: string) =>
      notify({
        tone: 'info',
        message,
        slot: CONFIRMATION_SLOT,
        action: { label: 'Undo', run: () => undoLast(handle) },
      }),
    [notify, handle],
  );
  // Once undone or redone otherwise, a confirmation's Undo would take back the change before.
  const dismissNotice = useDismissNotice();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (undoKey(event)) dismissNotice(CONFIRMATION_SLOT);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dismissNotice]);

  // Focus requests wait for the render that shows their target.
  const pendingFocus = useRef<(() => boolean) | null>(null);
  const requestFocus = useCallback((attempt: () => boolean) => {
    pendingFocus.current = attempt;
    let tries = 0;
    const retry = () => {
      if (pendingFocus.current !== attempt) return;
      if (attempt() || ++tries > 10) pendingFocus.current = null;
      else requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
  }, []);
  const nameInput = useRef<HTMLInputElement | null>(null);
  const allocationInput = useRef<HTMLInputElement | null>(null);
  const focusInspector = useCallback(
    (field: 'name' | 'allocation') =>
      requestFocus(() => {
        const input = field === 'name' ? nameInput.current : allocationInput.current;
        if (!input) return false;
        input.focus();
        input.select();
        return true;
      }),
    [requestFocus],
  );
  const focusChip = useCallback(
    (key: string) =>
      requestFocus(() => {
        const chip = document.querySelector<SVGElement>(
          `.org-chart [data-placement-key="${CSS.escape(key)}"]`,
        );
        chip?.focus();
        return chip !== null;
      }),
    [requestFocus],
  );

  const focusPersonChip = useCallback(
    (personId: string) =>
      requestFocus(() => {
        const chip = document.querySelector<SVGElement>(
          `.org-chart .org-chip[data-person-id="${CSS.escape(personId)}"]`,
        );
        chip?.focus();
        return chip !== null;
      }),
    [requestFocus],
  );

  const context: OrgCommandContext = {
    handle,
    design,
    scenario,
    selection,
    select: setSelection,
    setView,
    setScenarioId,
    openPlace: setPlacing,
    openScenarioDialog: setScenarioDialog,
    deletePerson: (personId) => {
      if (placementsOfPerson(design, personId).length > 0) setDeleting(personId);
      else {
        const name = design.people[personId]?.name ?? 'The person';
        const refusal = tryOrgChange(handle, (doc) => deletePerson(doc, personId));
        if (refusal) report(refusal);
        else {
          setSelection(null);
          confirm(`Deleted ${name}.`);
        }
      }
    },
    focusInspector,
    focusChip,
    report,
    confirm,
  };
  const contextRef = useRef(context);
  contextRef.current = context;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
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

  const commandButton = (id: string, className?: string) => {
    const command = commandById(id);
    const shortcut = shortcutLabel(command);
    return (
      <button
        type="button"
        className={className}
        disabled={!command.enabled(context)}
        onClick={() => command.run(contextRef.current)}
        title={shortcut ? `${command.label} (${shortcut})` : command.label}
        aria-keyshortcuts={shortcut || undefined}
      >
        {command.label}
      </button>
    );
  };

  const selectCheck = (check: OrgCheck) => {
    setSelectedCheckId(check.id);
    const target = selectionForCheck(check.target, scenario.structure);
    setSelection(target);
    if (view !== 'chart' && view !== 'people') setView('chart');
    if (view === 'people') return;
    // The chart pans to what the check names, which may be off screen.
    if (target.kind === 'placement') focusChip(target.key);
    if (target.kind === 'person') focusPersonChip(target.personId);
  };

  const scenarios = orderedScenarios(design);
  const baseline = design.baselineScenarioId;
  return (
    <div className="page org-editor">
      <header className="topbar">
        <a className="back-link" href={routeHref({ name: 'workshop', workshopUrl })}>
          ← Workshop
        </a>
        <h1>
          {design.title}{' '}
          <span className={`org-structure-badge structure-${scenario.structure}`}>
            {scenario.structure === 'matrix' ? 'Matrix' : 'Flat team'}
          </span>
        </h1>
        <div className="topbar-actions">
          <PresenceList peers={peers} max={3} />
          <SyncStatusBadge peopleHere={peers.length + 1} />
          <SaveStatusBadge />
          <span className="org-undo" onClickCapture={() => dismissNotice(CONFIRMATION_SLOT)}>
            <UndoButtons handle={untyped} />
          </span>
          <OrgExportMenu
            design={design}
            scenario={scenario}
            designUrl={handle.url}
            workshopUrl={workshopUrl}
          />
        </div>
      </header>
      <div className="org-toolbar">
        <div className="org-scenario-bar" role="group" aria-label="Scenarios">
          <label htmlFor="org-scenario">Scenario</label>
          <select
            id="org-scenario"
            value={scenario.id}
            onChange={(event) => {
              setScenarioId(event.target.value);
              setSelection(null);
            }}
          >
            {scenarios.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name}
                {each.id === baseline ? ' (baseline)' : ''} —{' '}
                {each.structure === 'matrix' ? 'matrix' : 'flat'}
              </option>
            ))}
          </select>
          {scenario.id === baseline && <span className="org-baseline-badge">Baseline</span>}
          {commandButton('new-scenario')}
          {commandButton('duplicate-scenario')}
          {commandButton('rename-scenario')}
          {commandButton('mark-baseline')}
          {commandButton('delete-scenario', 'danger')}
        </div>
      </div>
      <div className="org-tabs-row">
        <ViewTabs
          label="Views of this design"
          className="org-tabs"
          idPrefix="org-"
          views={ORG_VIEWS}
          current={view}
          onChoose={setView}
        >
          {(name) =>
            name === 'chart'
              ? scenario.structure === 'matrix'
                ? 'Matrix'
                : 'Team chart'
              : VIEW_LABELS[name]
          }
        </ViewTabs>
        <div className="org-commands" role="group" aria-label="People">
          {commandButton('add-person', 'primary')}
          {commandButton('place-person')}
        </div>
      </div>
      <div className="org-body">
        <main
          className="org-main"
          role="tabpanel"
          id={viewPanelId('org-', view)}
          aria-labelledby={viewTabId('org-', view)}
        >
          {dangling.length > 0 && <RepairNotice handle={handle} reports={dangling} />}
          {doubles.length > 0 && <SameNamesNotice doubles={doubles} />}
          {view === 'chart' && (
            <ChartView
              handle={handle}
              design={design}
              scenario={scenario}
              model={model}
              loads={loads}
              checks={checks}
              selection={selection}
              remote={remote}
              remoteNames={remoteNames}
              onSelect={setSelection}
              onPlace={setPlacing}
              onMovePlacement={(key, step) => movePlacementCommand(contextRef.current, key, step)}
              onRemovePlacement={(key) => removePlacementCommand(contextRef.current, key)}
              onDeletePerson={(personId) => contextRef.current.deletePerson(personId)}
              report={report}
              confirm={confirm}
            />
          )}
          {view === 'people' && (
            <div
              className="org-people-wrap"
              onPaste={(event) => {
                const text = event.clipboardData.getData('text/plain');
                // One value goes into the focused cell; rows of a spreadsheet become people.
                if (!/[\t\n]/.test(text.trim())) return;
                event.preventDefault();
                setRowsReport(addOrgRows(handle, scenario.id, tableKindOf(text), text, 'tsv'));
              }}
            >
              <PeopleTable
                handle={handle}
                design={design}
                model={model}
                loads={loads}
                selection={selection}
                onSelect={setSelection}
                onDeletePerson={context.deletePerson}
                report={report}
                tools={
                  <OrgRowsTools
                    handle={handle}
                    design={design}
                    scenario={scenario}
                    report={rowsReport}
                    onReport={setRowsReport}
                  />
                }
              />
            </div>
          )}
          {view === 'details' && (
            <DetailsPanel handle={handle} design={design} report={report} confirm={confirm} />
          )}
          {view === 'responsibility' && <ResponsibilityPanel design={design} scenario={scenario} />}
          {view === 'compare' && <CompareView design={design} scenario={scenario} />}
          {view === 'recommendation' && (
            <RecommendationPanel design={design} scenario={scenario} assessment={assessment} />
          )}
          {view === 'valueStream' && (
            <ValueStreamPanel workshopUrl={workshopUrl} design={design} scenario={scenario} />
          )}
        </main>
        <aside className="org-side" aria-label="Checks and selection">
          <ChecksPanel
            checks={checks}
            scenarioName={scenario.name}
            selectedCheckId={selectedCheckId}
            onSelectCheck={selectCheck}
          />
          {selection ? (
            <div className="org-inspector-wrap">
              <Inspector
                handle={handle}
                design={design}
                scenario={scenario}
                model={model}
                loads={loads}
                checks={checks}
                selection={selection}
                onSelect={setSelection}
                onPlace={setPlacing}
                onRemovePlacement={(key) => removePlacementCommand(contextRef.current, key)}
                onDeletePerson={context.deletePerson}
                report={report}
                nameInputRef={(element) => (nameInput.current = element)}
                allocationInputRef={(element) => (allocationInput.current = element)}
              />
            </div>
          ) : (
            <p className="org-muted org-inspector-hint">
              Select a person, a cell or a role on the chart, or a check, to see and edit it.
            </p>
          )}
        </aside>
      </div>
      {placing && (
        <PlaceDialog
          handle={handle}
          design={design}
          scenario={scenario}
          draft={placing}
          onPlaced={(key, personId) => {
            setSelection({ kind: 'placement', key, personId });
            const name = handle.doc().people[personId]?.name ?? '';
            confirm(`Placed ${name}.`);
          }}
          onClose={() => setPlacing(null)}
        />
      )}
      {scenarioDialog && (
        <ScenarioDialog
          mode={scenarioDialog}
          name={scenarioDialog === 'rename' ? scenario.name : ''}
          onClose={() => setScenarioDialog(null)}
          onSubmit={(name, structure) => {
            if (scenarioDialog === 'rename') {
              return tryOrgChange(handle, (doc) => renameScenario(doc, scenario.id, name));
            }
            let id = '';
            const refusal = tryOrgChange(handle, (doc) => {
              id = addScenario(doc, { name, structure });
            });
            if (!refusal) {
              setScenarioId(id);
              setSelection(null);
            }
            return refusal;
          }}
        />
      )}
      {deleting && design.people[deleting] && (
        <DeletePersonDialog
          design={design}
          personId={deleting}
          onClose={() => setDeleting(null)}
          onDelete={() => {
            // The dialog is gone before its close event: without this, Undo would ask again.
            setDeleting(null);
            const name = design.people[deleting]?.name ?? '';
            const refusal = tryOrgChange(handle, (doc) =>
              deletePerson(doc, deleting, { withPlacements: true }),
            );
            if (refusal) report(refusal);
            else {
              setSelection(null);
              confirm(`Deleted ${name} and their placements.`);
            }
          }}
        />
      )}
    </div>
  );
}
