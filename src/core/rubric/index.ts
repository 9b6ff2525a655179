import type { Lang } from '../model/article.js';
import type { Report, Score } from '../model/report.js';
import { InputError, formatZodIssues } from '../errors.js';
import { Rubric, checkRubric } from './schema.js';
import { scoreAnnotations } from './score.js';
import { bundledRubric, DEFAULT_RUBRIC } from './bundled.js';
import { knownMessages } from './known.js';
import { detectors } from '../detectors/index.js';
import type { Kind } from '../model/annotation.js';

/**
 * Rubric scoring. `rubric` is a bundled id ("credibility", "sift", "craap"), a parsed rubric object (from
 * parseRubric in ./load.js, or JSON), or undefined for the default (credibility). A bare `{ id }` names a
 * bundled rubric.
 */
export type RubricRef = string | Rubric | { id: string } | undefined;

export { Rubric, checkRubric } from './schema.js';
export type { Criterion, Deduction, Band, RubricText, RubricSource } from './schema.js';
export { scoreAnnotations, scoreCriterion, applyDeduction, pick, type ScoreOptions } from './score.js';
export { bundledRubric, bundledRubrics, DEFAULT_RUBRIC } from './bundled.js';

/** Resolve a RubricRef to a validated rubric (InputError when it is unknown or malformed). */
export async function resolveRubric(ref: RubricRef): Promise<Rubric> {
  if (ref === undefined) return bundledRubric(DEFAULT_RUBRIC);
  if (typeof ref === 'string') return bundledRubric(ref);
  if (!('criteria' in ref)) return bundledRubric(ref.id);
  const r = Rubric.safeParse(ref);
  const where = `rubric ${typeof ref.id === 'string' ? `"${ref.id}"` : ''}`.trim();
  if (!r.success) throw new InputError(formatZodIssues(r.error.issues, 3).join('; '), where);
  const issues = checkRubric(r.data, knownMessages());
  if (issues.length) throw new InputError(formatZodIssues(issues, 3).join('; '), where);
  return r.data;
}

/** Kinds whose detector reported a failure in the report's warnings ("state-media: detector failed (…)"). */
export function uncheckedKinds(warnings: readonly string[] = []): Set<Kind> {
  const out = new Set<Kind>();
  for (const w of warnings) {
    const id = /^([\w-]+): detector failed/.exec(w)?.[1];
    const d = id ? detectors.find((x) => x.meta.id === id) : undefined;
    for (const k of d?.meta.kinds ?? []) out.add(k);
  }
  return out;
}

export async function scoreReport(report: Omit<Report, 'score'>, rubric: RubricRef, lang: Lang): Promise<Score | null> {
  return scoreAnnotations(await resolveRubric(rubric), report.annotations, lang, { unchecked: uncheckedKinds(report.warnings) });
}
