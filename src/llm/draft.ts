/**
 * draftNotes(report, options): one request per article (the article text + its annotations) → one grounded note
 * per annotation, attached as `annotation.note = { text, question, check, status: 'draft', model, createdAt, lang }`.
 *
 * Failure is never loss: no key, an API error after the SDK's retries, a timeout, malformed output or a refusal
 * all return the rules' report (annotations and score untouched) with a warning; grounded notes are kept even
 * when others are dropped.
 */
import Anthropic, { APIConnectionTimeoutError, APIError, APIUserAbortError, AnthropicError } from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import type { Message, MessageCreateParamsNonStreaming, Usage } from '@anthropic-ai/sdk/resources/messages/messages';
import type { Lang } from '../core/model/article.js';
import type { Annotation, Kind, Note } from '../core/model/annotation.js';
import type { Report } from '../core/model/report.js';
import { localize, type Localized } from '../core/i18n.js';
import { configFromEnv, redact, type NotesConfig } from './config.js';
import { cacheKey, type CachedNote, type NotesCache } from './cache.js';
import { groundNotes, type DropReason } from './ground.js';
import { maxTokensFor, PROMPT_VERSION, STATIC_PROMPT, userMessage } from './prompt.js';
import { NoteDraft, NotesOutput } from './schema.js';

export type NotesStatus = 'drafted' | 'partial' | 'cached' | 'no-key' | 'nothing-to-do' | 'failed';

export interface TokenUsage {
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
}

export interface NotesStats {
  model: string;
  status: NotesStatus;
  /** Logical API requests (one per article, plus our own re-asks after malformed output). */
  requests: number;
  /** HTTP attempts, including the SDK's retries (429, 5xx, timeouts). */
  attempts: number;
  retries: number;
  /** Annotations a note was asked for / kept / dropped. */
  requested: number;
  drafted: number;
  dropped: number;
  dropReasons: Partial<Record<DropReason | 'invalid-item', number>>;
  usage: TokenUsage;
  /** US$, estimate from the price table (see config.ts). */
  costUSD: number;
  /** Why there are no (or fewer) notes, one line, key-free. */
  error?: string;
}

export interface DraftOptions {
  /** Default: configFromEnv(env). */
  config?: NotesConfig;
  env?: Record<string, string | undefined>;
  /** Inject a client (tests, proxies); default: a client built from config. */
  client?: Anthropic;
  /** Disk cache; null/undefined: none. */
  cache?: NotesCache | null;
  /** Do not read the cache (--no-cache): draft again and overwrite the entry. */
  refresh?: boolean;
  /** Language of the notes (default: the report's). */
  lang?: Lang;
  /** Only these kinds get notes (default: all). */
  kinds?: readonly Kind[];
  now?: () => Date;
}

export interface DraftResult {
  report: Report;
  stats: NotesStats;
  /** One-line, English, key-free messages for the terminal. */
  messages: string[];
}

/** An HTTP-attempt counter around fetch (the SDK retries internally; this is how we see the retries). */
export interface AttemptCounter {
  attempts: number;
}

export function createClient(config: NotesConfig, counter?: AttemptCounter): Anthropic {
  const baseFetch = globalThis.fetch;
  return new Anthropic({
    apiKey: config.apiKey ?? null,
    authToken: null,
    ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    logLevel: 'off',
    fetch: (input: string | URL | Request, init?: RequestInit) => {
      if (counter) counter.attempts++;
      return baseFetch(input, init);
    },
  });
}

/** The annotations that get a note: those without one (teacher notes and earlier drafts are never overwritten). */
export function targetsOf(report: Report, kinds?: readonly Kind[]): Annotation[] {
  return report.annotations.filter((a) => !a.note && (!kinds || kinds.includes(a.kind)));
}

/** What `parse` returns: never throws, so a refusal or bad JSON is seen next to the stop reason. */
export interface ParsedNotes {
  notes: NoteDraft[];
  invalidItems: number;
  error?: string;
}

/** Parse the model's JSON leniently: items that fail the schema are counted and skipped, the rest kept. */
export function parseNotesJson(content: string): ParsedNotes {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    return { notes: [], invalidItems: 0, error: `malformed JSON (${(e as Error).message.slice(0, 80)})` };
  }
  const whole = NotesOutput.safeParse(raw);
  if (whole.success) return { notes: whole.data.notes, invalidItems: 0 };
  const items = (raw as { notes?: unknown })?.notes;
  if (!Array.isArray(items)) return { notes: [], invalidItems: 0, error: 'the answer has no "notes" list' };
  const notes: NoteDraft[] = [];
  let invalidItems = 0;
  for (const item of items) {
    const r = NoteDraft.safeParse(item);
    if (r.success) notes.push(r.data);
    else invalidItems++;
  }
  return { notes, invalidItems };
}

/** Inline local `$ref`s (zod names a reused `z.string()` in `$defs`): the schema sent stays flat and self-contained. */
function inlineRefs(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = (schema.$defs ?? {}) as Record<string, unknown>;
  const walk = (v: unknown, depth: number): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, depth));
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const ref = typeof o.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(o.$ref)?.[1] : undefined;
    if (ref && ref in defs && depth < 8) {
      const { $ref: _r, ...rest } = o;
      return walk({ ...(defs[ref] as object), ...rest }, depth + 1);
    }
    return Object.fromEntries(Object.entries(o).filter(([k]) => k !== '$defs').map(([k, x]) => [k, walk(x, depth)]));
  };
  return walk(schema, 0) as Record<string, unknown>;
}

/** The structured-output format: the SDK's zod JSON Schema (refs inlined), with our lenient parser. */
export function notesFormat() {
  const format = zodOutputFormat(NotesOutput);
  return { ...format, schema: inlineRefs(format.schema), parse: parseNotesJson };
}

/** The request for one article. The static prompt is a cached system block; the article follows. */
export function buildParams(report: Report, targets: readonly Annotation[], lang: Lang, model: string) {
  return {
    model,
    max_tokens: maxTokensFor(targets.length),
    system: [{ type: 'text' as const, text: STATIC_PROMPT, cache_control: { type: 'ephemeral' as const } }],
    messages: [{ role: 'user' as const, content: userMessage(report, targets, lang) }],
    output_config: { format: notesFormat() },
  } satisfies MessageCreateParamsNonStreaming;
}

export function emptyUsage(): TokenUsage {
  return { input: 0, output: 0, cacheWrite: 0, cacheRead: 0 };
}

export function addUsage(total: TokenUsage, u: Partial<Usage> | undefined): void {
  if (!u) return;
  total.input += u.input_tokens ?? 0;
  total.output += u.output_tokens ?? 0;
  total.cacheWrite += u.cache_creation_input_tokens ?? 0;
  total.cacheRead += u.cache_read_input_tokens ?? 0;
}

export function costOf(u: TokenUsage, config: NotesConfig, batch = false): number {
  const p = config.price;
  const usd = (u.input * p.input + u.cacheWrite * p.input * p.cacheWrite + u.cacheRead * p.input * p.cacheRead + u.output * p.output) / 1e6;
  return Math.round(usd * (batch ? p.batch : 1) * 1e6) / 1e6;
}

/** Read the drafts out of a message (from messages.parse or a batch result). */
export function draftsFromMessage(message: Message & { parsed_output?: ParsedNotes | null }): ParsedNotes & { refused?: boolean; truncated?: boolean } {
  const refused = message.stop_reason === 'refusal';
  const truncated = message.stop_reason === 'max_tokens';
  let parsed = message.parsed_output ?? null;
  if (!parsed) {
    const text = message.content.find((b) => b.type === 'text');
    parsed = text && text.type === 'text' ? parseNotesJson(text.text) : { notes: [], invalidItems: 0, error: 'the answer has no text' };
  }
  if (refused) return { ...parsed, refused, error: 'the model declined to write notes (refusal)' };
  if (truncated && parsed.error) return { ...parsed, truncated, error: 'the answer was cut off (max_tokens)' };
  return { ...parsed, truncated };
}

const W: Record<string, Localized> = {
  dropped: {
    fr: 'Notes de l’IA : {n} brouillon(s) écarté(s) (annotation inconnue, citation absente de l’article, trop long ou mauvaise langue).',
    en: 'AI notes: {n} draft(s) discarded (unknown annotation, quote not in the article, too long or wrong language).',
    es: 'Notas de la IA: {n} borrador(es) descartado(s) (anotación desconocida, cita ausente del artículo, demasiado largo o idioma incorrecto).',
  },
  failed: {
    fr: 'Notes de l’IA : aucune note rédigée ({why}) ; le rapport des règles est inchangé.',
    en: 'AI notes: no notes drafted ({why}); the rules’ report is unchanged.',
    es: 'Notas de la IA: no se redactó ninguna nota ({why}); el informe de las reglas no cambia.',
  },
};

export function reportWarning(id: keyof typeof W, lang: Lang, data: Record<string, string | number>): string {
  return localize(W[id]!, lang, data);
}

/** Attach grounded notes as drafts to the annotations that have none. */
export function attachDrafts(report: Report, notes: ReadonlyMap<string, CachedNote> | Record<string, CachedNote>, meta: { model: string; createdAt: string; lang: Lang }): { report: Report; attached: number } {
  const get = (id: string) => (notes instanceof Map ? notes.get(id) : (notes as Record<string, CachedNote>)[id]);
  let attached = 0;
  const annotations = report.annotations.map((a) => {
    const n = a.note ? undefined : get(a.id);
    if (!n) return a;
    attached++;
    const note: Note = { text: n.text, ...(n.question ? { question: n.question } : {}), ...(n.check ? { check: n.check } : {}), status: 'draft', model: meta.model, createdAt: meta.createdAt, lang: meta.lang };
    return { ...a, note };
  });
  return { report: { ...report, annotations }, attached };
}

export function describeError(e: unknown, config: NotesConfig): string {
  let why: string;
  if (e instanceof APIConnectionTimeoutError) why = `no answer within ${config.timeoutMs / 1000} s`;
  else if (e instanceof APIUserAbortError) why = 'cancelled';
  else if (e instanceof APIError && e.status) {
    const type = (e.error as { error?: { type?: string } } | undefined)?.error?.type;
    why = `the API answered HTTP ${e.status}${type ? ` ${type}` : ''}`;
  } else if (e instanceof APIError) why = `could not reach the API (${e.message.slice(0, 100)})`;
  else if (e instanceof AnthropicError) why = e.message.split('\n')[0]!.slice(0, 160);
  else why = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 160) : String(e);
  return redact(why, config);
}

function baseStats(config: NotesConfig): NotesStats {
  return { model: config.model, status: 'nothing-to-do', requests: 0, attempts: 0, retries: 0, requested: 0, drafted: 0, dropped: 0, dropReasons: {}, usage: emptyUsage(), costUSD: 0 };
}

/** Enough for one answer within the output budget (maxTokensFor). */
export const MAX_NOTES_PER_REQUEST = 40;

export const NO_KEY_MESSAGE = 'notes: drafting teacher notes needs an API key (set ANTHROPIC_API_KEY); the report has no notes';

export async function draftNotes(report: Report, options: DraftOptions = {}): Promise<DraftResult> {
  const config = options.config ?? configFromEnv(options.env ?? {});
  const lang = options.lang ?? report.lang;
  const now = options.now ?? (() => new Date());
  const stats = baseStats(config);
  const messages: string[] = [];
  const all = targetsOf(report, options.kinds);
  // One request per article, with a bounded answer: the rest are drafted by the next run (they still lack a note).
  const targets = all.slice(0, MAX_NOTES_PER_REQUEST);
  if (all.length > targets.length) messages.push(`notes: ${all.length} annotations need a note; this run drafts the first ${targets.length} (run "loupe notes" on the result for the rest)`);
  stats.requested = targets.length;
  if (targets.length === 0) {
    messages.push('notes: no annotation needs a note');
    return { report, stats, messages };
  }
  const ids = targets.map((a) => a.id);
  const key = cacheKey(report.article.text, ids, config.model, lang);

  // 1. The disk cache: re-running costs nothing.
  if (options.cache && !options.refresh) {
    const hit = await options.cache.get(key);
    if (hit) {
      const g = await groundNotes(report, Object.entries(hit.notes).map(([annotationId, n]) => ({ annotationId, text: n.text, question: n.question ?? '', check: n.check ?? '', quotes: [] })), { requested: ids, lang, checkLanguage: false });
      const { report: out, attached } = attachDrafts(report, g.notes, { model: hit.model, createdAt: hit.createdAt, lang });
      stats.status = 'cached';
      stats.drafted = attached;
      const left = targets.length - attached;
      messages.push(`notes: ${attached} note(s) from the cache (${options.cache.dir}); no request${left ? `; ${left} annotation(s) without a note (--no-cache drafts again)` : ''}`);
      return { report: out, stats, messages };
    }
  }

  // 2. No key: the rules' report, unchanged, and one line saying why.
  if (!config.apiKey && !options.client) {
    stats.status = 'no-key';
    stats.error = 'no API key';
    messages.push(NO_KEY_MESSAGE);
    return { report, stats, messages };
  }

  const counter: AttemptCounter = { attempts: 0 };
  const client = options.client ?? createClient(config, counter);
  const params = buildParams(report, targets, lang, config.model);
  let parsed: ReturnType<typeof draftsFromMessage> | undefined;
  let model = config.model;
  let failure: string | undefined;
  for (let attempt = 0; attempt <= config.parseRetries; attempt++) {
    stats.requests++;
    try {
      const message = await client.messages.parse(params);
      addUsage(stats.usage, message.usage);
      model = message.model || model;
      parsed = draftsFromMessage(message);
      if (parsed.refused) {
        failure = parsed.error;
        break;
      }
      if (!parsed.error || parsed.notes.length > 0) {
        failure = undefined;
        break;
      }
      failure = parsed.error; // malformed: ask again, within limits
    } catch (e) {
      failure = describeError(e, config);
      parsed = undefined;
      break; // the SDK already retried what is worth retrying
    }
  }
  stats.attempts = options.client ? stats.requests : counter.attempts;
  stats.retries = Math.max(0, stats.attempts - stats.requests);
  stats.costUSD = costOf(stats.usage, config);

  if (!parsed || parsed.notes.length === 0) {
    stats.status = 'failed';
    stats.error = failure ?? 'the model returned no notes';
    messages.push(`notes: no notes drafted (${stats.error}); the rules' report is unchanged`);
    return { report: { ...report, warnings: [...report.warnings, reportWarning('failed', report.lang, { why: stats.error })] }, stats, messages };
  }

  // 3. Grounding: unknown ids and invented quotes are dropped, counted, warned about.
  const g = await groundNotes(report, parsed.notes, { requested: ids, lang });
  for (const d of g.dropped) stats.dropReasons[d.reason] = (stats.dropReasons[d.reason] ?? 0) + 1;
  if (parsed.invalidItems) stats.dropReasons['invalid-item'] = parsed.invalidItems;
  stats.dropped = g.dropped.length + parsed.invalidItems;
  const createdAt = now().toISOString();
  const { report: withNotes, attached } = attachDrafts(report, g.notes, { model, createdAt, lang });
  stats.drafted = attached;
  stats.status = attached === targets.length ? 'drafted' : attached > 0 ? 'partial' : 'failed';
  let out = withNotes;
  if (stats.dropped > 0) {
    const detail = Object.entries(stats.dropReasons).map(([r, n]) => `${n} ${r}`).join(', ');
    messages.push(`notes: ${stats.dropped} draft(s) dropped (${detail})`);
    out = { ...out, warnings: [...out.warnings, reportWarning('dropped', report.lang, { n: stats.dropped })] };
  }
  if (attached === 0) {
    stats.error = 'every draft was dropped by grounding';
    out = { ...out, warnings: [...out.warnings, reportWarning('failed', report.lang, { why: stats.error })] };
  }
  if (options.cache && attached > 0) {
    const notes: Record<string, CachedNote> = Object.fromEntries(g.notes);
    try {
      await options.cache.set(key, { version: 1, model, promptVersion: PROMPT_VERSION, lang, createdAt, notes });
    } catch (e) {
      messages.push(`notes: could not write the cache (${(e as { code?: string }).code ?? (e as Error).message})`);
    }
  }
  return { report: out, stats, messages };
}

/** One line for the terminal: what it cost. */
export function summarize(stats: NotesStats, batch = false): string {
  const u = stats.usage;
  return `notes: ${stats.drafted}/${stats.requested} drafted with ${stats.model}${stats.dropped ? `, ${stats.dropped} dropped` : ''}; ${stats.requests} request(s), ${stats.retries} retr${stats.retries === 1 ? 'y' : 'ies'}; tokens in ${u.input} (cache write ${u.cacheWrite}, read ${u.cacheRead}), out ${u.output}; ~US$${stats.costUSD.toFixed(4)}${batch ? ' (batch price)' : ''} (estimate)`;
}
