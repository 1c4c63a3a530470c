import { requiredLineSchema } from '../../schemas/fieldSchemas';

/** An assessment's title: one line that says something. Its own module, light enough for the home. */
export const assessmentTitleSchema = requiredLineSchema('The title');
