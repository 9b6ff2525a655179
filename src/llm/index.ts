/** Node only: drafting teacher notes with @anthropic-ai/sdk. Components never import this. */
export { draftNotes, summarize, createClient, buildParams, parseNotesJson, targetsOf, NO_KEY_MESSAGE, type DraftOptions, type DraftResult, type NotesStats, type TokenUsage } from './draft.js';
export { configFromEnv, priceFor, redact, DEFAULT_MODEL, type NotesConfig } from './config.js';
export { NotesCache, cacheKey, DEFAULT_CACHE_DIR } from './cache.js';
export { groundNotes, quoteInArticle, quotedSegments, normalizeForMatch, MAX_NOTE_WORDS } from './ground.js';
export { submitBatch, batchStatus, waitForBatch, collectBatch } from './batch.js';
export { PROMPT_VERSION, STATIC_PROMPT } from './prompt.js';
export { NotesOutput, NoteDraft } from './schema.js';
