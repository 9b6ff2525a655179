import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RubricRef } from '../core/rubric/index.js';
import { bundledRubrics } from '../core/rubric/bundled.js';
import { InputError } from '../core/errors.js';
import type { IO } from './io.js';

/** Does the argument look like a file rather than a bundled id? */
export const looksLikePath = (arg: string) => /[/\\]/.test(arg) || /\.(ya?ml|json)$/i.test(arg);

/** Read a rubric file (YAML or JSON — JSON is YAML) as text, with one-line errors naming the file. */
export async function readRubricFile(arg: string, io: IO): Promise<string> {
  // The YAML parser loads only when a rubric file is read.
  const { MAX_RUBRIC_BYTES } = await import('../core/rubric/load.js');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, arg));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a rubric file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(why, arg);
  }
  if (bytes.length > MAX_RUBRIC_BYTES) throw new InputError(`too large (${Math.ceil(bytes.length / 1024)} kB; a rubric file may be at most ${MAX_RUBRIC_BYTES / 1024} kB)`, arg);
  if (bytes.includes(0)) throw new InputError('not a text file (it contains NUL bytes)', arg);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text (save the rubric as UTF-8)', arg);
  }
}

/**
 * `--rubric <id|path>` → what analyze() takes: undefined (the default rubric), a bundled id, or a rubric parsed
 * from a file. A bad file is an InputError naming the file, line and column.
 */
export async function resolveRubricArg(arg: string | undefined, io: IO): Promise<RubricRef> {
  if (arg === undefined) return undefined;
  const bundled = await bundledRubrics();
  if (!looksLikePath(arg)) {
    if (Object.hasOwn(bundled, arg)) return arg;
    throw new InputError(`unknown rubric "${arg}" (bundled: ${Object.keys(bundled).join(', ')}; or give the path of a .rubric.yaml file)`);
  }
  const text = await readRubricFile(arg, io);
  const { parseRubric } = await import('../core/rubric/load.js');
  return parseRubric(text, arg);
}
