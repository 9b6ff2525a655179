import type { Lang } from '../model/article.js';
import type { Report, Score } from '../model/report.js';

/**
 * Rubric scoring — placeholder until the rubric issue lands: the owner of src/core/rubric/ replaces this
 * file (keeping these two exports' signatures). `rubric` is a bundled id, a parsed rubric object, or
 * undefined for the default.
 */
export type RubricRef = string | { id: string } | undefined;

export async function scoreReport(_report: Omit<Report, 'score'>, _rubric: RubricRef, _lang: Lang): Promise<Score | null> {
  return null;
}
