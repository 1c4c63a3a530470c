import { randomUuid } from '../randomUuid';

/** Makes a fresh id for a step, flow, kaizen or checklist item. Tests pass a counter. */
export type IdFactory = () => string;

export const randomId: IdFactory = randomUuid;
