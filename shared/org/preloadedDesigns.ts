import { newOrgDesign } from './designChanges';
import { randomId, type IdFactory } from './ids';
import type { OrgDesignDoc, Structure } from './OrgDesignDoc';
import { addPerson } from './personChanges';
import { placePerson } from './placementChanges';
import { addPool } from './poolChanges';
import { ROLE_IDS, type BuiltInRoleId } from './roleCatalogue';
import { addService } from './serviceChanges';

/** A seat of the example team: the placeholder name, its role and the matching experience. */
interface Seat {
  name: string;
  roleId: BuiltInRoleId;
  experience: string[];
  pool: string;
}

const TEAM: readonly Seat[] = [
  {
    name: 'Service Master',
    roleId: ROLE_IDS.serviceMaster,
    experience: ['Product Owner'],
    pool: 'Service management',
  },
  {
    name: 'Process Master',
    roleId: ROLE_IDS.processMaster,
    experience: ['Scrum Master'],
    pool: 'Service management',
  },
  {
    name: 'Gatekeeper',
    roleId: ROLE_IDS.gatekeeper,
    experience: ['IT service management', 'Operations'],
    pool: 'Operations',
  },
  {
    name: 'DevOps Engineer',
    roleId: ROLE_IDS.devopsEngineer,
    experience: ['Development', 'Tools'],
    pool: 'Tools & quality',
  },
  {
    name: 'Developer 1',
    roleId: ROLE_IDS.developmentTeam,
    experience: ['Development', 'Agile'],
    pool: 'Development',
  },
  {
    name: 'Developer 2',
    roleId: ROLE_IDS.developmentTeam,
    experience: ['Development', 'Agile'],
    pool: 'Development',
  },
  {
    name: 'Developer 3',
    roleId: ROLE_IDS.developmentTeam,
    experience: ['Development', 'Agile'],
    pool: 'Development',
  },
  {
    name: 'Operator 1',
    roleId: ROLE_IDS.operationTeam,
    experience: ['Operations', 'KAIZEN'],
    pool: 'Operations',
  },
  {
    name: 'Operator 2',
    roleId: ROLE_IDS.operationTeam,
    experience: ['Operations', 'KAIZEN'],
    pool: 'Operations',
  },
];

const POOLS = ['Service management', 'Development', 'Operations', 'Tools & quality'];
const MATRIX_SERVICES = ['Customer portal', 'Payments'];

/**
 * A design to start from, with placeholder people named after their seat:
 * - flat: one team of nine (Service Master, Process Master, Gatekeeper, DevOps Engineer,
 *   three developers, two operators) carrying one service;
 * - matrix: the same nine seats for each of two services, eighteen people from four
 *   functional pools, each person on one service.
 * Both pass every check but the informational ones.
 */
export function preloadedOrgDesign(
  structure: Structure,
  now: number,
  newId: IdFactory = randomId,
  title = structure === 'flat' ? 'Flat DevOps team' : 'Matrix organisation',
): OrgDesignDoc {
  const design = newOrgDesign({ title, structure }, now, newId);
  const scenarioId = Object.keys(design.scenarios)[0]!;
  if (structure === 'flat') {
    addService(design, { name: 'IT service' }, newId);
    for (const seat of TEAM) {
      const personId = addPerson(design, { name: seat.name, experience: seat.experience }, newId);
      placePerson(design, scenarioId, { personId, roleId: seat.roleId, allocation: 100 });
    }
    return design;
  }
  const poolIds = new Map(POOLS.map((name) => [name, addPool(design, { name }, newId)]));
  for (const serviceName of MATRIX_SERVICES) {
    const serviceId = addService(design, { name: serviceName }, newId);
    for (const seat of TEAM) {
      const personId = addPerson(
        design,
        {
          name: `${seat.name} (${serviceName})`,
          experience: seat.experience,
          poolId: poolIds.get(seat.pool)!,
        },
        newId,
      );
      placePerson(design, scenarioId, {
        personId,
        serviceId,
        roleId: seat.roleId,
        allocation: 100,
      });
    }
  }
  return design;
}
