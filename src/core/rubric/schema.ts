import { z } from 'zod';
import { Kind, Severity } from '../model/annotation.js';

/**
 * The rubric format — the documented reference (docs/rubrics.md; rubrics/rubric.schema.json is generated from
 * these schemas by scripts/build-rubrics.ts). Objects are strict so that a misspelt field ("pionts") is an error
 * that names the field rather than a silently ignored line.
 */

const ID = /^[a-z0-9][a-z0-9-]*$/;
const id = (what: string) =>
  z
    .string()
    .regex(ID, { message: `${what} must be lower-case letters, digits and dashes (like "source-independence")` })
    .max(64)
    .meta({ description: `${what}: lower-case letters, digits and dashes` });

const text = (max = 2000) => z.string().trim().min(1, { message: 'must not be empty' }).max(max);

/** A string in fr/en/es. Files written by a teacher may give only some languages; bundled rubrics give all three. */
export const RubricText = z
  .strictObject({ fr: text().optional(), en: text().optional(), es: text().optional() })
  .refine((o) => !!(o.fr ?? o.en ?? o.es), { message: 'give the text in at least one language (fr, en or es)' })
  .meta({ id: 'RubricText', description: 'A text in French, English and Spanish: { fr: "…", en: "…", es: "…" }' });
export type RubricText = z.infer<typeof RubricText>;

/** Questions for students, per language. */
export const RubricPrompts = z
  .strictObject({
    fr: z.array(text(500)).max(20).optional(),
    en: z.array(text(500)).max(20).optional(),
    es: z.array(text(500)).max(20).optional(),
  })
  .meta({ description: 'Questions students ask of the text, per language: { fr: ["…"], en: ["…"], es: ["…"] }' });
export type RubricPrompts = z.infer<typeof RubricPrompts>;

export const RubricSource = z
  .strictObject({
    title: text(300).meta({ description: 'What the criterion draws on (a framework, a guide, a lesson)' }),
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    note: text(1000).optional().meta({ description: 'What exactly is taken from it' }),
  })
  .meta({ id: 'RubricSource', description: 'Where a criterion comes from' });
export type RubricSource = z.infer<typeof RubricSource>;

const points = z.number().min(0, { message: 'must be 0 or more' }).max(1000, { message: 'must be at most 1000' });

/** Points deducted per annotation, one number or by severity. */
export const PerSeverity = z
  .strictObject({ info: points.optional(), caution: points.optional(), warning: points.optional() })
  .meta({ description: 'Points deducted per annotation of each severity (a missing severity deducts nothing)' });

export const Deduction = z
  .strictObject({
    kind: Kind.meta({ description: 'The kind of annotation this rule counts' }),
    messageIds: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .meta({ description: "Only these message ids of the kind (default: all of the kind's messages)" }),
    points: z
      .union([points, PerSeverity])
      .meta({ description: 'Points deducted per annotation: a number, or { info, caution, warning }' }),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: 'Ignore annotations whose confidence is below this (0..1; default 0)' }),
    scaleByConfidence: z
      .boolean()
      .optional()
      .meta({ description: "Multiply each deduction by the annotation's confidence (default true)" }),
    count: z
      .enum(['each', 'distinct', 'once'])
      .optional()
      .meta({
        description:
          'each: every annotation deducts (default); distinct: one deduction per distinct quoted text (an outlet named five times counts once); once: the rule deducts at most once, for its strongest annotation',
      }),
    cap: points.optional().meta({ description: 'The most this rule may deduct in total (default: no cap beyond the criterion)' }),
    reason: RubricText.optional().meta({
      description: 'The reason shown on the scorecard; {count} is the number of annotations counted',
    }),
  })
  .meta({ id: 'Deduction', description: 'Which annotations deduct points from a criterion, and how many' });
export type Deduction = z.infer<typeof Deduction>;

export const Criterion = z
  .strictObject({
    id: id('criterion id'),
    title: RubricText,
    description: RubricText,
    points: points.meta({ description: 'The most this criterion is worth (0: a discussion-only criterion)' }),
    deductions: z.array(Deduction).max(50).default([]).meta({ description: 'Which annotations cost points (may be empty)' }),
    cap: points.optional().meta({ description: 'The most all deductions together may take (default: points)' }),
    ifNone: RubricText.optional().meta({
      description:
        'What it means when no annotation counts here, shown as a reason (e.g. "nothing found — which does not prove the photo belongs to the story")',
    }),
    prompts: RubricPrompts,
    sources: z.array(RubricSource).min(1, { message: 'cite at least one source for the criterion' }).max(20),
  })
  .meta({ id: 'Criterion', description: 'One line of the scorecard' });
export type Criterion = z.infer<typeof Criterion>;

export const Band = z
  .strictObject({
    id: id('band id'),
    min: z
      .number()
      .min(0, { message: 'must be between 0 and 100' })
      .max(100, { message: 'must be between 0 and 100' })
      .meta({ description: 'Lowest percentage of the maximum that reaches this band' }),
    label: RubricText,
    description: RubricText.optional(),
  })
  .meta({ id: 'Band', description: 'A score band: the highest band whose min the percentage reaches is given' });
export type Band = z.infer<typeof Band>;

export const Rubric = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of rubric.schema.json (for editors)' }),
    id: id('rubric id'),
    version: z.union([z.number(), text(40)]).meta({ description: 'Bump when you change weights: scores name the version' }),
    title: RubricText,
    description: RubricText,
    sources: z.array(RubricSource).max(20).optional().meta({ description: 'Where the rubric as a whole comes from' }),
    criteria: z.array(Criterion).min(1, { message: 'a rubric needs at least one criterion' }).max(30),
    bands: z.array(Band).min(1, { message: 'a rubric needs at least one band' }).max(10),
  })
  .meta({
    title: 'Loupe rubric',
    description: 'A scoring rubric for Loupe: criteria whose points are deducted by annotations, with prompts for students and cited sources.',
  });
export type Rubric = z.infer<typeof Rubric>;

/** Keys that could reach an object prototype; rejected anywhere in a rubric file. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Known message ids per kind (from the detector registry); `undefined` skips that check. */
export type KnownMessages = Partial<Record<Kind, ReadonlySet<string>>>;

export interface CheckIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What the shape alone cannot say: duplicate ids, unknown message ids, a band at 0 %, deductions on
 * `source-profile` (which describes independent outlets and must never cost points).
 */
export function checkRubric(r: Rubric, known?: KnownMessages): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const seen = new Map<string, number>();
  r.criteria.forEach((c, i) => {
    const prev = seen.get(c.id);
    if (prev !== undefined) issues.push({ path: ['criteria', i, 'id'], message: `duplicate criterion id "${c.id}" (also criteria[${prev}])` });
    else seen.set(c.id, i);
    if (c.cap !== undefined && c.cap > c.points) issues.push({ path: ['criteria', i, 'cap'], message: `cap (${c.cap}) is more than the criterion's points (${c.points})` });
    c.deductions.forEach((d, j) => {
      if (d.kind === 'source-profile')
        issues.push({
          path: ['criteria', i, 'deductions', j, 'kind'],
          message: 'source-profile notes describe independent outlets and never deduct points',
        });
      const ids = known?.[d.kind];
      if (ids && d.messageIds)
        d.messageIds.forEach((m, k) => {
          if (!ids.has(m))
            issues.push({
              path: ['criteria', i, 'deductions', j, 'messageIds', k],
              message: `unknown message id "${m}" for kind ${d.kind} (known: ${[...ids].sort().join(', ') || 'none'})`,
            });
        });
    });
  });
  const bands = new Map<string, number>();
  r.bands.forEach((b, i) => {
    const prev = bands.get(b.id);
    if (prev !== undefined) issues.push({ path: ['bands', i, 'id'], message: `duplicate band id "${b.id}" (also bands[${prev}])` });
    else bands.set(b.id, i);
  });
  if (!r.bands.some((b) => b.min === 0)) issues.push({ path: ['bands'], message: 'one band must start at min: 0 so that every score has a band' });
  const mins = new Map<number, number>();
  r.bands.forEach((b, i) => {
    const prev = mins.get(b.min);
    if (prev !== undefined) issues.push({ path: ['bands', i, 'min'], message: `two bands start at ${b.min} (also bands[${prev}])` });
    else mins.set(b.min, i);
  });
  return issues;
}
