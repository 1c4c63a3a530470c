import { randomUuid } from '../randomUuid';

/** Makes a fresh id for a person, pool, role, service or scenario. Tests pass a counter. */
export type IdFactory = () => string;

export const randomId: IdFactory = randomUuid;
