import { definedOnly } from './definedOnly';
import { randomId, type IdFactory } from './ids';
import { anchorExists, sameAnchor } from './kaizenAnchors';
import { FIVE_WHYS, kaizenFieldsSchema } from './schemas/kaizenSchema';
import { setText } from './setText';
import type { Kaizen, KaizenAnchor, KaizenKpi, ValueStreamMapDoc } from './ValueStreamMapDoc';
import { parseOrThrow, VsmValidationError } from './VsmValidationError';

export type KaizenFields = Omit<Kaizen, 'id' | 'derivedFromKaizenId'>;

/** A new kaizen burst: where it sits, plus whatever is known yet. */
export type NewKaizen = Partial<KaizenFields> & { attachedTo: KaizenAnchor };

/** Changes to a kaizen; `null` clears a KPI figure. */
export type KaizenPatch = Partial<Omit<KaizenFields, 'kpi'>> & {
  kpi?: Partial<Pick<KaizenKpi, 'name' | 'unit'>> & {
    target?: number | null;
    measured?: number | null;
  };
};

const TEXTS = ['problem', 'evidence', 'hypothesis', 'countermeasure'] as const;

export function addKaizen(
  map: ValueStreamMapDoc,
  input: NewKaizen,
  newId: IdFactory = randomId,
): string {
  const fields = validKaizenFields(map, {
    problem: '',
    evidence: '',
    hypothesis: '',
    countermeasure: '',
    owner: '',
    dueDate: '',
    pdca: 'plan',
    ...definedOnly(input),
    fiveWhys: padWhys(input.fiveWhys ?? []),
    kpi: { name: '', unit: '', ...definedOnly(input.kpi ?? {}) },
  });
  const id = newId();
  map.kaizens.push({ id, ...fields, kpi: definedKpi(fields.kpi) });
  return id;
}

/** Changes a kaizen field by field; texts merge with a colleague's concurrent typing. */
export function updateKaizen(map: ValueStreamMapDoc, kaizenId: string, patch: KaizenPatch): void {
  const kaizen = map.kaizens.find((candidate) => candidate.id === kaizenId);
  if (!kaizen) throw new VsmValidationError('kaizenId', 'That kaizen no longer exists');
  const kpi: Record<string, unknown> = { ...kaizen.kpi };
  for (const [key, value] of Object.entries(patch.kpi ?? {})) {
    if (value === null) delete kpi[key];
    else if (value !== undefined) kpi[key] = value;
  }
  const fields = validKaizenFields(map, {
    attachedTo: patch.attachedTo ?? kaizen.attachedTo,
    problem: patch.problem ?? kaizen.problem,
    evidence: patch.evidence ?? kaizen.evidence,
    fiveWhys: patch.fiveWhys ? padWhys(patch.fiveWhys) : [...kaizen.fiveWhys],
    hypothesis: patch.hypothesis ?? kaizen.hypothesis,
    countermeasure: patch.countermeasure ?? kaizen.countermeasure,
    owner: patch.owner ?? kaizen.owner,
    dueDate: patch.dueDate ?? kaizen.dueDate,
    pdca: patch.pdca ?? kaizen.pdca,
    kpi,
  });

  if (!sameAnchor(kaizen.attachedTo, fields.attachedTo)) kaizen.attachedTo = fields.attachedTo;
  for (const key of TEXTS) setText(kaizen, key, fields[key]);
  fields.fiveWhys.forEach((why, index) => setText(kaizen.fiveWhys, index, why));
  if (kaizen.owner !== fields.owner) kaizen.owner = fields.owner;
  if (kaizen.dueDate !== fields.dueDate) kaizen.dueDate = fields.dueDate;
  if (kaizen.pdca !== fields.pdca) kaizen.pdca = fields.pdca;
  if (kaizen.kpi.name !== fields.kpi.name) kaizen.kpi.name = fields.kpi.name;
  if (kaizen.kpi.unit !== fields.kpi.unit) kaizen.kpi.unit = fields.kpi.unit;
  for (const key of ['target', 'measured'] as const) {
    const value = fields.kpi[key];
    if (value === undefined) {
      if (key in kaizen.kpi) delete kaizen.kpi[key];
    } else if (kaizen.kpi[key] !== value) kaizen.kpi[key] = value;
  }
}

export function deleteKaizen(map: ValueStreamMapDoc, kaizenId: string): void {
  const index = map.kaizens.findIndex((kaizen) => kaizen.id === kaizenId);
  if (index !== -1) map.kaizens.splice(index, 1);
}

function validKaizenFields(map: ValueStreamMapDoc, candidate: object): KaizenFields {
  const fields = parseOrThrow(kaizenFieldsSchema, candidate);
  if (!anchorExists(map, fields.attachedTo)) {
    throw new VsmValidationError(
      'attachedTo',
      'stepId' in fields.attachedTo
        ? 'That step no longer exists'
        : 'Those two steps are not connected',
    );
  }
  return fields;
}

function padWhys(whys: readonly string[]): string[] {
  const padded = [...whys];
  while (padded.length < FIVE_WHYS) padded.push('');
  return padded;
}

/** Automerge cannot store undefined, so absent KPI figures are left out. */
function definedKpi(kpi: KaizenKpi): KaizenKpi {
  const result: KaizenKpi = { name: kpi.name, unit: kpi.unit };
  if (kpi.target !== undefined) result.target = kpi.target;
  if (kpi.measured !== undefined) result.measured = kpi.measured;
  return result;
}
