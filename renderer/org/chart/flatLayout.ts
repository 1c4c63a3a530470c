import { ROLE_IDS } from '../../../shared/org/roleCatalogue';
import { orderedRoles } from '../../../shared/org/orgLookup';
import type { Role } from '../../../shared/org/OrgDesignDoc';
import type { ResolvedPlacement, ScenarioModel } from '../../../shared/org/scenarioModel';
import {
  CELL_PADDING,
  CHIP_GAP,
  HEADING_SIZE,
  stackOf,
  type Box,
  type ChipBox,
} from './chartGeometry';
import { chipHeight, chipText, wrapText } from './chipText';
import type { ChipLoad } from './personLoad';

export const GROUP_WIDTH = 210;
export const GROUP_GAP = 24;
/** Role name and its figures above the chips. */
export const GROUP_HEADER_HEIGHT = 46;
/** Each further line of a role's name. */
export const HEADING_LINE = 18;
export const TEAM_HEADER_HEIGHT = 60;
/** Room between the team, its head and its members, for the connecting lines. */
const LEVEL_GAP = 24;
const GROUPS_PER_ROW = 5;

/** The two roles at the head of a flat team. */
export const HEAD_ROLES: readonly string[] = [ROLE_IDS.serviceMaster, ROLE_IDS.processMaster];

export interface RoleGroup extends Box {
  role: Role;
  /** The role's name in lines: a long one ("Gatekeeper / Release coordinator") takes two. */
  heading: string[];
  /** Its heading and figures, above the chips. */
  headerHeight: number;
  head: boolean;
  chips: ChipBox[];
  total: number;
  /** A required role nobody holds. */
  missing: boolean;
  /** Changes whenever anything drawn in the group does. */
  signature: string;
}

export interface FlatLayout {
  width: number;
  height: number;
  team: Box & { name: string; people: number; total: number; paths: number };
  /** Service Master, Process Master, then the other roles of the catalogue in its order. */
  groups: RoleGroup[];
  /** Where the line from the team to the members' groups runs. */
  busY: number;
}

/**
 * The flat team as an org chart: the team on top, its Service Master and Process Master at the
 * head, and below them one group per other role of the catalogue — empty ones too, to drop
 * someone into — each listing its people, in rows as wide as `maxWidth` allows. Pure, like the
 * matrix's layout.
 */
export function flatLayout(
  model: ScenarioModel,
  loads: ReadonlyMap<string, ChipLoad>,
  maxWidth = Infinity,
): FlatLayout {
  const roles = orderedRoles(model.design);
  const byRole = new Map<string, ResolvedPlacement[]>();
  for (const placement of model.placements) {
    const list = byRole.get(placement.role.id);
    if (list) list.push(placement);
    else byRole.set(placement.role.id, [placement]);
  }
  const head = HEAD_ROLES.flatMap((id) => roles.filter((role) => role.id === id));
  const members = roles.filter((role) => !HEAD_ROLES.includes(role.id));
  // As many groups per row as the width takes at full size (2 at least), so text stays legible.
  const fits = Math.floor((maxWidth + GROUP_GAP) / (GROUP_WIDTH + GROUP_GAP));
  const perRow = Math.min(GROUPS_PER_ROW, Math.max(2, fits), Math.max(1, members.length));
  const width = Math.max(perRow, head.length) * (GROUP_WIDTH + GROUP_GAP) - GROUP_GAP;

  const groups: RoleGroup[] = [];
  const group = (role: Role, x: number, y: number, isHead: boolean): RoleGroup => {
    const placements = (byRole.get(role.id) ?? []).sort(byName);
    let total = 0;
    const heading = wrapText(role.name, GROUP_WIDTH - 2 * CELL_PADDING, HEADING_SIZE);
    const headerHeight = GROUP_HEADER_HEIGHT + (heading.length - 1) * HEADING_LINE;
    let chipY = y + headerHeight;
    const chips = placements.map((placement): ChipBox => {
      total += placement.allocation;
      const chip = {
        name: placement.person.name,
        roleName: role.name,
        allocation: placement.allocation,
        width: GROUP_WIDTH - 2 * CELL_PADDING,
      };
      // The group's heading names the role: chips say who and how much.
      const text = chipText(chip, loads.get(placement.person.id), false);
      const box = {
        ...chip,
        key: placement.key,
        personId: placement.person.id,
        roleId: role.id,
        x: x + CELL_PADDING,
        y: chipY,
        height: chipHeight(text),
        text,
      };
      chipY += box.height + CHIP_GAP;
      return box;
    });
    const height = headerHeight + stackOf(chips) + CELL_PADDING;
    const missing = role.requiredPerService && chips.length === 0;
    let signature = `${x}:${y}:${role.name}:${role.requiredPerService}`;
    for (const chip of chips) {
      const load = loads.get(chip.personId);
      signature += `|${chip.key}:${chip.name}:${chip.allocation}:${load?.status}:${load?.switching}:${load?.total}`;
    }
    return {
      role,
      heading,
      headerHeight,
      head: isHead,
      x,
      y,
      width: GROUP_WIDTH,
      height,
      chips,
      total,
      missing,
      signature,
    };
  };

  const headY = TEAM_HEADER_HEIGHT + LEVEL_GAP;
  const headWidth = head.length * (GROUP_WIDTH + GROUP_GAP) - GROUP_GAP;
  head.forEach((role, index) => {
    groups.push(
      group(role, (width - headWidth) / 2 + index * (GROUP_WIDTH + GROUP_GAP), headY, true),
    );
  });
  const headBottom = Math.max(headY, ...groups.map((each) => each.y + each.height));
  const busY = headBottom + LEVEL_GAP / 2;
  let rowY = headBottom + LEVEL_GAP;
  for (let start = 0; start < members.length; start += perRow) {
    const rowRoles = members.slice(start, start + perRow);
    const rowGroups = rowRoles.map((role, index) =>
      group(role, index * (GROUP_WIDTH + GROUP_GAP), rowY, false),
    );
    groups.push(...rowGroups);
    rowY = Math.max(...rowGroups.map((each) => each.y + each.height)) + GROUP_GAP;
  }

  let total = 0;
  for (const placement of model.placements) total += placement.allocation;
  const people = model.byPerson.size;
  return {
    width,
    height: rowY - GROUP_GAP,
    team: {
      x: 0,
      y: 0,
      width,
      height: TEAM_HEADER_HEIGHT,
      name: model.scenario.name,
      people,
      total,
      paths: (people * (people - 1)) / 2,
    },
    groups,
    busY,
  };
}

function byName(a: ResolvedPlacement, b: ResolvedPlacement): number {
  return a.person.name < b.person.name
    ? -1
    : a.person.name > b.person.name
      ? 1
      : a.key < b.key
        ? -1
        : 1;
}
