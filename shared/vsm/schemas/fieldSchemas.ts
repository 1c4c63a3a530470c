import { z } from 'zod';
import { numberSchema } from '../../schemas/fieldSchemas';
import { TIME_UNITS } from '../ValueStreamMapDoc';

// The map's schemas take the common field schemas from here, next to the map's own durations.
export {
  countSchema,
  idSchema,
  lineSchema,
  longTextSchema,
  MAX_TEXT_LENGTH,
  numberSchema,
  percentSchema,
  requiredLineSchema,
} from '../../schemas/fieldSchemas';

export const durationSchema = (label: string) =>
  z.object(
    {
      value: numberSchema(label).min(0, `${label} cannot be negative`),
      unit: z.enum(TIME_UNITS, { error: `${label} unit must be minutes, hours, days or weeks` }),
    },
    { error: `${label} must be a time with a unit` },
  );
