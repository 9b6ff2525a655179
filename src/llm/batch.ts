/**
 * A reading list through the Message Batches API (`client.messages.batches`): submit one request per article,
 * poll until the batch has ended, collect the results (matched by custom_id, in any order), ground them and
 * attach them. Half the price of single requests; results within 24 h. Failed items keep the rules' report.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { MessageBatch } from '@anthropic-ai/sdk/resources/messages/batches';
import type { Lang } from '../core/model/article.js';
import type { Kind } from '../core/model/annotation.js';
import type { Report } from '../core/model/report.js';
import { cacheKey, type CachedNote, type NotesCache } from './cache.js';
import type { NotesConfig } from './config.js';
import {
  addUsage,
  attachDrafts,
  buildParams,
  costOf,
  createClient,
  describeError,
  draftsFromMessage,
  emptyUsage,
  reportWarning,
  targetsOf,
  MAX_NOTES_PER_REQUEST,
  type AttemptCounter,
  type NotesStats,
} from './draft.js';
import { groundNotes } from './ground.js';
import { PROMPT_VERSION } from './prompt.js';

export interface BatchInput {
  /** ^[A-Za-z0-9_-]{1,64}$ (the API's rule); unique in the batch. */
  customId: string;
  report: Report;
}

export interface SubmittedItem {
  customId: string;
  /** Annotation ids a note was asked for. */
  ids: string[];
  lang: Lang;
}

export interface BatchOptions {
  config: NotesConfig;
  client?: Anthropic;
  counter?: AttemptCounter;
  kinds?: readonly Kind[];
}

function clientFor(opts: BatchOptions): Anthropic {
  return opts.client ?? createClient(opts.config, opts.counter);
}

export const CUSTOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Submit one request per report that has annotations without notes. Throws (key-free message) on API errors. */
export async function submitBatch(inputs: readonly BatchInput[], opts: BatchOptions): Promise<{ batch: MessageBatch; items: SubmittedItem[] }> {
  const items: SubmittedItem[] = [];
  const requests = [];
  for (const { customId, report } of inputs) {
    if (!CUSTOM_ID.test(customId)) throw new Error(`bad custom_id "${customId}"`);
    const targets = targetsOf(report, opts.kinds).slice(0, MAX_NOTES_PER_REQUEST);
    if (targets.length === 0) continue;
    const { output_config, ...rest } = buildParams(report, targets, report.lang, opts.config.model);
    // The batch body is JSON: the format's schema goes, its local parser stays here.
    requests.push({ custom_id: customId, params: { ...rest, output_config: { format: { type: output_config.format.type, schema: output_config.format.schema } } } });
    items.push({ customId, ids: targets.map((a) => a.id), lang: report.lang });
  }
  if (requests.length === 0) throw new Error('no article needs notes');
  try {
    const batch = await clientFor(opts).messages.batches.create({ requests });
    return { batch, items };
  } catch (e) {
    throw new Error(describeError(e, opts.config));
  }
}

export async function batchStatus(batchId: string, opts: BatchOptions): Promise<MessageBatch> {
  try {
    return await clientFor(opts).messages.batches.retrieve(batchId);
  } catch (e) {
    throw new Error(describeError(e, opts.config));
  }
}

/** Poll until the batch has ended or `maxWaitMs` has passed (then returns the last status). */
export async function waitForBatch(batchId: string, opts: BatchOptions & { intervalMs: number; maxWaitMs: number; onPoll?: (b: MessageBatch) => void }): Promise<MessageBatch> {
  const client = clientFor(opts);
  const deadline = Date.now() + opts.maxWaitMs;
  for (;;) {
    const b = await batchStatus(batchId, { ...opts, client });
    opts.onPoll?.(b);
    if (b.processing_status === 'ended' || Date.now() + opts.intervalMs > deadline) return b;
    await new Promise((r) => setTimeout(r, opts.intervalMs));
  }
}

export interface CollectedItem {
  customId: string;
  report: Report;
  drafted: number;
  dropped: number;
  error?: string;
}

/**
 * Download the results of an ended batch and attach grounded notes to each report. Items that errored, expired
 * or are missing keep their rules' report (with a warning); the others keep every grounded note.
 */
export async function collectBatch(
  batchId: string,
  inputs: readonly (BatchInput & { ids: string[] })[],
  opts: BatchOptions & { cache?: NotesCache | null; now?: () => Date },
): Promise<{ items: CollectedItem[]; stats: NotesStats }> {
  const client = clientFor(opts);
  const stats: NotesStats = { model: opts.config.model, status: 'drafted', requests: 0, attempts: 0, retries: 0, requested: 0, drafted: 0, dropped: 0, dropReasons: {}, usage: emptyUsage(), costUSD: 0 };
  const byId = new Map<string, unknown>();
  try {
    const decoder = await client.messages.batches.results(batchId);
    for await (const r of decoder) byId.set(r.custom_id, r.result);
  } catch (e) {
    throw new Error(describeError(e, opts.config));
  }
  const createdAt = (opts.now ?? (() => new Date()))().toISOString();
  const items: CollectedItem[] = [];
  for (const input of inputs) {
    const { customId, report, ids } = input;
    stats.requested += ids.length;
    const result = byId.get(customId) as { type: string; message?: Parameters<typeof draftsFromMessage>[0]; error?: { error?: { type?: string } } } | undefined;
    const fail = (why: string): void => {
      items.push({ customId, report: { ...report, warnings: [...report.warnings, reportWarning('failed', report.lang, { why })] }, drafted: 0, dropped: 0, error: why });
    };
    if (!result) {
      fail('no result in the batch');
      continue;
    }
    if (result.type !== 'succeeded' || !result.message) {
      fail(result.type === 'errored' ? `the request errored${result.error?.error?.type ? ` (${result.error.error.type})` : ''}` : `the request ${result.type}`);
      continue;
    }
    addUsage(stats.usage, result.message.usage);
    const parsed = draftsFromMessage(result.message);
    if (parsed.refused || parsed.notes.length === 0) {
      fail(parsed.error ?? 'the model returned no notes');
      continue;
    }
    const lang = input.report.lang;
    const g = await groundNotes(report, parsed.notes, { requested: ids, lang });
    for (const d of g.dropped) stats.dropReasons[d.reason] = (stats.dropReasons[d.reason] ?? 0) + 1;
    const dropped = g.dropped.length + parsed.invalidItems;
    const model = result.message.model || opts.config.model;
    let { report: out, attached } = attachDrafts(report, g.notes, { model, createdAt, lang });
    if (dropped) out = { ...out, warnings: [...out.warnings, reportWarning('dropped', lang, { n: dropped })] };
    stats.drafted += attached;
    stats.dropped += dropped;
    items.push({ customId, report: out, drafted: attached, dropped });
    if (opts.cache && attached > 0) {
      const notes: Record<string, CachedNote> = Object.fromEntries(g.notes);
      await opts.cache.set(cacheKey(report.article.text, ids, opts.config.model, lang), { version: 1, model, promptVersion: PROMPT_VERSION, lang, createdAt, notes }).catch(() => undefined);
    }
  }
  stats.costUSD = costOf(stats.usage, opts.config, true);
  stats.status = stats.drafted === 0 ? 'failed' : stats.drafted < stats.requested ? 'partial' : 'drafted';
  return { items, stats };
}
