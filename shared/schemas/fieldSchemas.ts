import { z } from 'zod';
import { MAX_LINE_LENGTH } from '../workshop/workshopSchema';

// The field schemas every kind of document shares: texts, numbers, percentages, ids.

/** Longest co-edited text (notes, problem statements) a field accepts. */
export const MAX_TEXT_LENGTH = 10_000;
/**
 * Written out rather than formatted: this module loads with the app, and Chromium's first Intl
 * call (loading its locale data) took ~30 ms of a cold start. The step validation test checks
 * it.
 */
const MAX_TEXT_LENGTH_TEXT = '10,000';

/** A single-line text such as a role or a customer name; trimmed, may be empty. */
export const lineSchema = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(MAX_LINE_LENGTH, `${label} cannot be longer than ${MAX_LINE_LENGTH} characters`)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value), {
      message: `${label} contains control characters`,
    })
    .trim();

/** A single-line text that must say something: names and titles. */
export const requiredLineSchema = (label: string) =>
  lineSchema(label).pipe(z.string().min(1, `${label} cannot be empty`));

/** Multi-line text people co-edit (notes, problem statements). */
export const longTextSchema = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(MAX_TEXT_LENGTH, `${label} cannot be longer than ${MAX_TEXT_LENGTH_TEXT} characters`);

/** A finite number; NaN, Infinity and text all get the same plain message. */
export const numberSchema = (label: string) => z.number({ error: `${label} must be a number` });

export const percentSchema = (label: string) =>
  numberSchema(label)
    .min(0, `${label} must be between 0 and 100`)
    .max(100, `${label} must be between 0 and 100`);

/** A quantity of things or people: zero or more. */
export const countSchema = (label: string) =>
  numberSchema(label).min(0, `${label} cannot be negative`);

export const idSchema = z.string().min(1).max(100);
