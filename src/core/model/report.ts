import { z } from 'zod';
import { Article, Lang } from './article.js';
import { Annotation } from './annotation.js';

export const ScoreReason = z.object({
  text: z.string(),
  /** Points this reason moved (negative for a deduction). */
  delta: z.number(),
  annotationIds: z.array(z.string()),
});
export type ScoreReason = z.infer<typeof ScoreReason>;

export const CriterionScore = z.object({
  id: z.string(),
  title: z.string(),
  points: z.number(),
  max: z.number(),
  reasons: z.array(ScoreReason),
  /** Questions for students, in the report language. */
  prompts: z.array(z.string()).default([]),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

export const Score = z.object({
  rubric: z.object({ id: z.string(), version: z.union([z.string(), z.number()]), title: z.string() }),
  total: z.number(),
  max: z.number(),
  band: z.object({ id: z.string(), label: z.string() }),
  criteria: z.array(CriterionScore),
});
export type Score = z.infer<typeof Score>;

export const Report = z.object({
  version: z.literal(1),
  generator: z.object({ name: z.literal('loupe'), version: z.string() }).optional(),
  /** Language the messages are rendered in. */
  lang: Lang,
  article: Article,
  annotations: z.array(Annotation),
  score: Score.nullable(),
  /** Non-fatal problems met while analysing (a detector that failed, notes that were dropped…). */
  warnings: z.array(z.string()).default([]),
});
export type Report = z.infer<typeof Report>;
