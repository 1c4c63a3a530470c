import { z } from 'zod';
import { orgDesignDocSchema } from '../org/schemas/orgDesignDocSchema';
import { valueStreamMapDocSchema } from '../vsm/schemas/valueStreamMapDocSchema';
import type { ArtefactKind } from './WorkshopDoc';

/**
 * The schema each artefact kind's document must satisfy when it arrives from a file or a peer.
 * A kind's own module replaces its entry with the full schema as that kind is built.
 */
const artefactBase = (kind: ArtefactKind) =>
  z.looseObject({
    schemaVersion: z.number().int().min(1),
    kind: z.literal(kind),
    title: z.string().max(1000),
  });

export const artefactDocSchemas: Record<ArtefactKind, z.ZodType> = {
  valueStreamMap: valueStreamMapDocSchema,
  orgDesign: orgDesignDocSchema,
  assessment: artefactBase('assessment'),
};
