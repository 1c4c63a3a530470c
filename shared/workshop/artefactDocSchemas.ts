import type { z } from 'zod';
import { assessmentDocSchema } from '../assessment/schemas/assessmentDocSchema';
import { orgDesignDocSchema } from '../org/schemas/orgDesignDocSchema';
import { valueStreamMapDocSchema } from '../vsm/schemas/valueStreamMapDocSchema';
import type { ArtefactKind } from './WorkshopDoc';

/** The schema each artefact kind's document must satisfy when it arrives from a file or a peer. */
export const artefactDocSchemas: Record<ArtefactKind, z.ZodType> = {
  valueStreamMap: valueStreamMapDocSchema,
  orgDesign: orgDesignDocSchema,
  assessment: assessmentDocSchema,
};
