import type { RubricRef } from '../core/rubric/index.js';
import type { IO } from './io.js';

/**
 * `--rubric <id|path>` → what analyze() takes. Placeholder until the rubric issue lands: its owner
 * replaces this file (a path is read and validated; an id names a bundled rubric).
 */
export async function resolveRubricArg(arg: string | undefined, _io: IO): Promise<RubricRef> {
  return arg;
}
