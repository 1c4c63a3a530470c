import { z } from 'zod';
import { requiredLineSchema } from '../schemas/fieldSchemas';
import type { OrgDesignDoc } from './OrgDesignDoc';
import { parseOrThrow } from './OrgValidationError';

const titleSchema = z.object({ title: requiredLineSchema('The title') });

/**
 * Renames a design, with the title rule of {@link updateDesignDetails}. Its own module: the
 * workshop home renames any kind of document, and on its first screen it must not load the
 * rest of the organisation design domain (the role catalogue, the change functions).
 */
export function renameDesign(design: OrgDesignDoc, title: string): void {
  const checked = parseOrThrow(titleSchema, { title }).title;
  if (design.title !== checked) design.title = checked;
}
