/**
 * Is build/cli/ (the built `loupe` command) up to date with its sources? build/cli/build-info.json lists the
 * files the build bundled and a hash of their content (written by vite.cli.config.ts); this recomputes it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_INFO = 'build/cli/build-info.json';

export function sourcesHash(files: readonly string[], root = ROOT): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(readFileSync(root + f)).update('\0');
  return h.digest('hex');
}

/** undefined when up to date, else why not (missing build, a source changed or was removed). */
export function cliBuildStale(root = ROOT): string | undefined {
  let info: { sources: string[]; hash: string };
  try {
    info = JSON.parse(readFileSync(root + BUILD_INFO, 'utf8'));
  } catch {
    return `${BUILD_INFO} is missing`;
  }
  try {
    return sourcesHash(info.sources, root) === info.hash ? undefined : 'a source file changed since the last build';
  } catch (e) {
    return `a source file is gone (${(e as Error).message})`;
  }
}
