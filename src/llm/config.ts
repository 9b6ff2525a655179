/**
 * Configuration of note drafting, read from the environment (never from a report or the browser).
 * ANTHROPIC_API_KEY (required to draft), ANTHROPIC_BASE_URL (proxies, tests), LOUPE_MODEL, and the optional
 * LOUPE_NOTES_TIMEOUT_MS / LOUPE_NOTES_RETRIES / LOUPE_NOTES_PRICE ("input,output" US$ per million tokens).
 */
import type { Model } from '@anthropic-ai/sdk/resources/messages/messages';

/** A current Sonnet-class model from the SDK's model list (@anthropic-ai/sdk 1.10.0 `Model`). */
export const DEFAULT_MODEL: Model = 'claude-sonnet-5-5';
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

export interface NotesConfig {
  /** Undefined: no drafting (the rules' report is returned unchanged). */
  apiKey?: string;
  baseURL?: string;
  model: string;
  /** Per HTTP attempt. */
  timeoutMs: number;
  /** Retries of one request by the SDK (429 honouring retry-after, 408/409, 5xx, timeouts, connection errors). */
  maxRetries: number;
  /** Extra attempts when the model's answer is not valid JSON for the schema. */
  parseRetries: number;
  /** US$ per million tokens, for the cost estimate. */
  price: Price;
}

export interface Price {
  input: number;
  output: number;
  /** Multipliers of `input` for prompt-cache writes and reads. */
  cacheWrite: number;
  cacheRead: number;
  /** Multiplier for the Message Batches API. */
  batch: number;
  /** Where the numbers come from ("estimate" when guessed from the model family). */
  source: string;
}

/**
 * Published list prices by model family (US$ per million tokens) at the time of writing; an ESTIMATE, not a bill.
 * Source: anthropic.com/pricing (Sonnet 3/15, Haiku 1/5, Opus 5/25; cache write 1.25×, cache read 0.1×, batch 0.5×).
 */
const FAMILY_PRICES: [RegExp, number, number][] = [
  [/haiku/i, 1, 5],
  [/opus/i, 5, 25],
  [/sonnet/i, 3, 15],
];

export function priceFor(model: string, override?: string): Price {
  const base = { cacheWrite: 1.25, cacheRead: 0.1, batch: 0.5 };
  if (override) {
    const m = /^\s*([\d.]+)\s*,\s*([\d.]+)\s*$/.exec(override);
    if (m) return { ...base, input: Number(m[1]), output: Number(m[2]), source: 'LOUPE_NOTES_PRICE' };
  }
  const hit = FAMILY_PRICES.find(([re]) => re.test(model));
  const [, input, output] = hit ?? FAMILY_PRICES[2]!;
  return { ...base, input, output, source: hit ? 'list price of the model family (estimate)' : 'unknown model: Sonnet list price assumed (estimate)' };
}

function intFrom(v: string | undefined, fallback: number, min: number, max: number): number {
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function configFromEnv(env: Record<string, string | undefined>, overrides: Partial<NotesConfig> = {}): NotesConfig {
  const model = overrides.model ?? (env.LOUPE_MODEL?.trim() || DEFAULT_MODEL);
  const apiKey = env.ANTHROPIC_API_KEY?.trim() || undefined;
  return {
    apiKey,
    baseURL: env.ANTHROPIC_BASE_URL?.trim() || undefined,
    model,
    timeoutMs: intFrom(env.LOUPE_NOTES_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, 1, 600_000),
    maxRetries: intFrom(env.LOUPE_NOTES_RETRIES, DEFAULT_MAX_RETRIES, 0, 10),
    parseRetries: 1,
    price: priceFor(model, env.LOUPE_NOTES_PRICE),
    ...overrides,
  };
}

/** Remove the API key from any text that may be shown or stored (error messages echo request details). */
export function redact(text: string, config: Pick<NotesConfig, 'apiKey'>): string {
  let out = text;
  if (config.apiKey && config.apiKey.length >= 4) out = out.split(config.apiKey).join('[redacted]');
  return out.replace(/sk-ant-[A-Za-z0-9_-]{8,}/g, '[redacted]');
}
