import { newOrgDesign } from '../../../../shared/org/designChanges';
import type { IdFactory } from '../../../../shared/org/ids';
import type { OrgDesignDoc, Structure } from '../../../../shared/org/OrgDesignDoc';
import { addPerson, type NewPerson } from '../../../../shared/org/personChanges';
import { placePerson, type NewPlacement } from '../../../../shared/org/placementChanges';
import { addPool } from '../../../../shared/org/poolChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { addService, type NewService } from '../../../../shared/org/serviceChanges';

export const NOW = Date.UTC(2025, 5, 1);

/** Predictable ids so tests can name things: p1, p2, … */
export function sequentialIds(prefix = 'id'): IdFactory {
  let next = 0;
  return () => `${prefix}${++next}`;
}

/** A design with one empty scenario, id "s1", of the given structure. */
export function emptyDesign(structure: Structure = 'flat'): OrgDesignDoc {
  return newOrgDesign({ title: 'Design', structure }, NOW, () => 's1');
}

export function withPerson(design: OrgDesignDoc, id: string, fields: NewPerson): string {
  return addPerson(design, fields, () => id);
}

export function withPool(design: OrgDesignDoc, id: string, name = id): string {
  return addPool(design, { name }, () => id);
}

export function withService(design: OrgDesignDoc, id: string, fields: Partial<NewService> = {}) {
  return addService(design, { name: id, ...fields }, () => id);
}

export function place(design: OrgDesignDoc, input: NewPlacement, scenarioId = 's1'): string {
  return placePerson(design, scenarioId, input);
}

/** The seats every team needs, with experience that fits each. */
export const CORE_SEATS = [
  ['sm', 'Sam', ROLE_IDS.serviceMaster, 'Product Owner'],
  ['pm', 'Pia', ROLE_IDS.processMaster, 'Scrum Master'],
  ['gk', 'Gus', ROLE_IDS.gatekeeper, 'Operations'],
  ['dev', 'Dev', ROLE_IDS.developmentTeam, 'Development'],
  ['ops', 'Oli', ROLE_IDS.operationTeam, 'Operations'],
] as const;

/**
 * A sound flat team ("s1"): the five required seats, each person qualified and full time, on
 * one simple service; `developers` more developers (d1, d2, …) join it.
 */
export function flatTeam(developers = 0): OrgDesignDoc {
  const design = emptyDesign('flat');
  withService(design, 'svc', { name: 'Shop', complexity: 'simple' });
  for (const [id, name, roleId, experience] of CORE_SEATS) {
    withPerson(design, id, { name, experience: [experience] });
    place(design, { personId: id, roleId, allocation: 100 });
  }
  for (let i = 1; i <= developers; i++) {
    withPerson(design, `d${i}`, { name: `Developer ${i}`, experience: ['Development'] });
    place(design, { personId: `d${i}`, roleId: ROLE_IDS.developmentTeam, allocation: 100 });
  }
  return design;
}

/**
 * A sound matrix ("s1") of pools dev, ops, mgmt and the given services, each with its own
 * five seats (people `${seat}-${service}`, e.g. "dev-pay"), everyone in a pool, full time.
 */
export function matrixOf(serviceIds: readonly string[]): OrgDesignDoc {
  const design = emptyDesign('matrix');
  withPool(design, 'mgmt', 'Service management');
  withPool(design, 'devPool', 'Development');
  withPool(design, 'opsPool', 'Operations');
  const poolOf = { sm: 'mgmt', pm: 'mgmt', gk: 'opsPool', dev: 'devPool', ops: 'opsPool' };
  for (const serviceId of serviceIds) {
    withService(design, serviceId, { name: serviceId });
    for (const [seat, name, roleId, experience] of CORE_SEATS) {
      const personId = `${seat}-${serviceId}`;
      withPerson(design, personId, {
        name: `${name} ${serviceId}`,
        experience: [experience],
        poolId: poolOf[seat],
      });
      place(design, { personId, serviceId, roleId, allocation: 100 });
    }
  }
  return design;
}

const BENCH_TAGS = [
  'Development',
  'Agile',
  'Operations',
  'KAIZEN',
  'Tools',
  'Testing',
  'Scrum Master',
  'Product Owner',
  'IT service management',
  'Quality assurance',
];

/**
 * A large matrix ("s1") for the benchmark: `people` people in `pools` pools, `services`
 * services, `placements` placements spread round-robin over services and roles, two
 * experiences each, some part-time and some over-allocated so every check has work.
 */
export function largeDesign({
  people = 300,
  services = 25,
  pools = 8,
  placements = 600,
} = {}): OrgDesignDoc {
  const design = emptyDesign('matrix');
  for (let i = 0; i < pools; i++) withPool(design, `pool${i}`, `Pool ${i}`);
  for (let i = 0; i < services; i++) withService(design, `svc${i}`, { name: `Service ${i}` });
  for (let i = 0; i < people; i++) {
    withPerson(design, `p${i}`, {
      name: `Person ${i}`,
      experience: [
        BENCH_TAGS[i % BENCH_TAGS.length]!,
        BENCH_TAGS[(i * 7 + 3) % BENCH_TAGS.length]!,
      ],
      capacity: i % 10 === 0 ? 0.5 : 1,
      costPerFteYear: 60_000 + (i % 5) * 10_000,
      poolId: i % 37 === 0 ? undefined : `pool${i % pools}`,
    });
  }
  const roles = Object.values(ROLE_IDS);
  for (let k = 0; k < placements; k++) {
    const personId = `p${k % people}`;
    const round = Math.floor(k / people);
    place(design, {
      personId,
      serviceId: `svc${(k + round * 11) % services}`,
      roleId: roles[(k + round) % roles.length]!,
      allocation: round === 0 ? 60 : 40,
    });
  }
  return design;
}
