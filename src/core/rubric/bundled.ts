import { InputError } from '../errors.js';
import type { Rubric } from './schema.js';

/**
 * The rubrics shipped with Loupe. Their YAML sources live in rubrics/*.rubric.yaml; scripts/build-rubrics.ts
 * validates them and writes rubrics/bundled.json, which is loaded lazily here (its own chunk in the browser
 * bundle, and no YAML parser needed at run time).
 */
export const DEFAULT_RUBRIC = 'credibility';

let cache: Promise<Record<string, Rubric>> | undefined;

export function bundledRubrics(): Promise<Record<string, Rubric>> {
  cache ??= import('../../../rubrics/bundled.json', { with: { type: 'json' } }).then((m) => (m.default as { rubrics: Record<string, Rubric> }).rubrics);
  return cache;
}

/** A bundled rubric by id, or an InputError naming the ones there are. */
export async function bundledRubric(id: string): Promise<Rubric> {
  const all = await bundledRubrics();
  const r = Object.hasOwn(all, id) ? all[id] : undefined;
  if (!r) throw new InputError(`unknown rubric "${id}" (bundled: ${Object.keys(all).join(', ')}; or give the path of a .rubric.yaml file)`);
  return r;
}
