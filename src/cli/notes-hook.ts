import { resolve } from 'node:path';
import type { Report } from '../core/model/report.js';
import { NotesCache, DEFAULT_CACHE_DIR } from '../llm/cache.js';
import { configFromEnv, redact } from '../llm/config.js';
import { draftNotes, summarize } from '../llm/draft.js';
import type { IO } from './io.js';

/** Where drafts are cached: LOUPE_CACHE_DIR or .loupe-cache/ in the working directory. */
export function cacheDirFor(io: IO, override?: string): string {
  return resolve(io.cwd, override ?? io.env.LOUPE_CACHE_DIR ?? DEFAULT_CACHE_DIR);
}

/**
 * `loupe analyze --notes`: draft teacher notes for the report's annotations.
 * Never loses the rules' report: with no key, on API errors or bad output it returns the report (annotations and
 * score unchanged) and says why on stderr — one line when there is no key.
 */
export async function attachNotes(report: Report, opts: { cache: boolean; io: IO; cacheDir?: string }): Promise<Report> {
  const { io } = opts;
  try {
    const config = configFromEnv(io.env);
    // --no-cache refreshes: drafts again, then overwrites the cached entry.
    const cache = new NotesCache(cacheDirFor(io, opts.cacheDir));
    const { report: out, stats, messages } = await draftNotes(report, { config, cache, refresh: !opts.cache });
    for (const m of messages) io.stderr(m + '\n');
    if (stats.requests > 0) io.stderr(summarize(stats) + '\n');
    return out;
  } catch (e) {
    // Belt and braces: draftNotes does not throw for API problems; anything else must not cost the report.
    const why = redact(e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e), { apiKey: io.env.ANTHROPIC_API_KEY });
    io.stderr(`notes: no notes drafted (${why}); the rules' report is unchanged\n`);
    return report;
  }
}
