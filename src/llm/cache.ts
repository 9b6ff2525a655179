/**
 * Disk cache of grounded drafts, so re-running costs nothing. Key: SHA-256 of the article text, the annotation
 * ids asked for, the model, the prompt version and the note language. Entries hold only notes and token usage:
 * never the API key, never request headers.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang } from '../core/model/article.js';
import { PROMPT_VERSION } from './prompt.js';

export const DEFAULT_CACHE_DIR = '.loupe-cache';

export interface CachedNote {
  text: string;
  question?: string;
  check?: string;
}

export interface CacheEntry {
  version: 1;
  model: string;
  promptVersion: string;
  lang: Lang;
  createdAt: string;
  notes: Record<string, CachedNote>;
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function cacheKey(articleText: string, ids: readonly string[], model: string, lang: Lang, promptVersion = PROMPT_VERSION): string {
  return sha256(JSON.stringify({ article: sha256(articleText), ids: [...ids].sort(), model, promptVersion, lang }));
}

export class NotesCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = resolve(dir, 'notes');
  }

  private file(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('bad cache key');
    return join(this.dir, `${key}.json`);
  }

  /** The entry, or undefined when absent or unreadable (a corrupt entry is a miss, never an error). */
  async get(key: string): Promise<CacheEntry | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.file(key), 'utf8')) as CacheEntry;
      if (entry?.version !== 1 || typeof entry.notes !== 'object' || entry.notes === null) return undefined;
      return entry;
    } catch {
      return undefined;
    }
  }

  async set(key: string, entry: CacheEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(entry, null, 1) + '\n');
    await rename(tmp, file);
  }
}
