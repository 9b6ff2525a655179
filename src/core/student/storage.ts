import { StudentWork, emptyWork, LIMITS, type Now } from './types.js';

/**
 * FNV-1a 64-bit over the UTF-8 bytes of `s`, as 16 hex digits. Synchronous, no BigInt: the state is four
 * 16-bit limbs and the multiplication by the prime 2^40 + 0x1b3 is done limb by limb. (Not a cryptographic
 * hash: it names an article and checks a storage slot, it protects nothing.) Lone surrogates hash as U+FFFD,
 * like TextEncoder.
 */
export function fnv1a64(s: string): string {
  // offset basis 0xcbf29ce484222325, lowest limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  // UTF-8 bytes of the current code point, at most 4
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let cp = s.charCodeAt(i);
    let count: number;
    if (cp < 0x80) {
      b0 = cp;
      count = 1;
    } else {
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const lo = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (cp <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        } else cp = 0xfffd;
      }
      if (cp < 0x800) {
        b0 = 0xc0 | (cp >> 6);
        b1 = 0x80 | (cp & 0x3f);
        count = 2;
      } else if (cp < 0x10000) {
        b0 = 0xe0 | (cp >> 12);
        b1 = 0x80 | ((cp >> 6) & 0x3f);
        b2 = 0x80 | (cp & 0x3f);
        count = 3;
      } else {
        b0 = 0xf0 | (cp >> 18);
        b1 = 0x80 | ((cp >> 12) & 0x3f);
        b2 = 0x80 | ((cp >> 6) & 0x3f);
        b3 = 0x80 | (cp & 0x3f);
        count = 4;
      }
    }
    for (let k = 0; k < count; k++) {
      h0 ^= k === 0 ? b0 : k === 1 ? b1 : k === 2 ? b2 : b3;
      // h * 0x1b3 + (h << 40), mod 2^64; every intermediate stays below 2^31
      let c = h0 * 0x1b3;
      const n0 = c & 0xffff;
      c = h1 * 0x1b3 + (c >>> 16);
      const n1 = c & 0xffff;
      c = h2 * 0x1b3 + (h0 << 8) + (c >>> 16);
      const n2 = c & 0xffff;
      c = h3 * 0x1b3 + (h1 << 8) + (c >>> 16);
      h3 = c & 0xffff;
      h2 = n2;
      h1 = n1;
      h0 = n0;
    }
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** A stable key for an article: FNV-1a 64 of its text (hex) and its length, e.g. `af63bd4c8601b7df-5120`. */
export function articleKey(text: string): string {
  return `${fnv1a64(text)}-${text.length}`;
}

/** The part of the Web Storage API the store uses (localStorage, sessionStorage, or a fake in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const STORAGE_PREFIX = 'loupe:work:v1:';
export const ENVELOPE_FORMAT = 'loupe-student-work';

/** What is written in each slot. `sum` is the FNV-1a 64 of the JSON of the value, to catch partial writes. */
interface Envelope<T> {
  format: string;
  v: 1;
  seq: number;
  sum: string;
  work: T;
}

export type SaveResult =
  | { ok: true; slot: 'a' | 'b'; seq: number }
  | { ok: false; reason: 'quota' | 'unavailable' | 'invalid' | 'too-large'; message: string };

export interface LoadInfo {
  /** Which slot the work came from, or 'empty' when nothing readable was stored. */
  from: 'a' | 'b' | 'empty';
  /** Readable problems met while loading (a corrupted slot, storage unavailable…). */
  problems: string[];
}

/** A crash-safe store of one value (see createSlotStore). */
export interface SlotStore<T> {
  /** The key this store saves under. */
  readonly key: string;
  /** The storage keys of the two slots. */
  readonly slots: readonly [string, string];
  /** The last good version (or the empty value). Never throws. */
  load(): T;
  /** Write the new version to the slot that does not hold the last good one. Never throws. */
  save(value: T): SaveResult;
  /** Remove both slots. Never throws; false when the storage refused. */
  clear(): boolean;
  /** What the last load() found. */
  info(): LoadInfo;
}

export type WorkStore = SlotStore<StudentWork>;

/** Largest JSON (characters) written per slot; localStorage quotas are ~5 MB per origin for everything. */
export const MAX_SLOT_CHARS = 2_000_000;

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}
function isQuota(e: unknown): boolean {
  const name = errorName(e);
  const code = e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
const short = (e: unknown) => ((e instanceof Error ? e.message.split('\n')[0] : String(e)) ?? '').slice(0, 200);

/** What a slot store keeps: a zod-like schema, the envelope's format name, the key prefix, the owner key of a value. */
export interface SlotStoreSpec<T> {
  prefix: string;
  format: string;
  /** What a value is called in messages ("work", "edits"). */
  noun: string;
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } };
  /** The key a value belongs to (a value of another key is refused and ignored). */
  keyOf(value: T): string;
  empty(): T;
}

/**
 * Crash-safe storage of one value in two slots (`…:a`, `…:b`). Each save writes the new version (with a
 * sequence number and a checksum) into the slot that does NOT hold the last good version, so a save cut off
 * half-way, a corrupted entry or a full storage never loses the previous version. load() takes the readable,
 * valid slot with the highest sequence number. Nothing here throws.
 */
export function createSlotStore<T>(storage: StorageLike, key: string, spec: SlotStoreSpec<T>): SlotStore<T> {
  const slots = [`${spec.prefix}${key}:a`, `${spec.prefix}${key}:b`] as const;
  let last: LoadInfo = { from: 'empty', problems: [] };
  type Seen = { raw: string; env: Envelope<T> | null; problem?: string } | null;
  // What each slot held when last read or written, so an autosave does not re-validate unchanged slots.
  const seen: [Seen, Seen] = [null, null];

  function read(i: 0 | 1, problems: string[]): Envelope<T> | null {
    let raw: string | null;
    try {
      raw = storage.getItem(slots[i]);
    } catch (e) {
      problems.push(`storage unavailable: ${short(e)}`);
      return null;
    }
    if (raw === null) return null;
    const cached = seen[i];
    if (cached && cached.raw === raw) {
      if (cached.problem) problems.push(cached.problem);
      return cached.env;
    }
    const local: string[] = [];
    const env = validate(i, raw, local);
    seen[i] = { raw, env, ...(local[0] ? { problem: local[0] } : {}) };
    problems.push(...local);
    return env;
  }

  function validate(i: 0 | 1, raw: string, problems: string[]): Envelope<T> | null {
    const name = i === 0 ? 'a' : 'b';
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      problems.push(`slot ${name}: not valid JSON (ignored)`);
      return null;
    }
    if (!parsed || typeof parsed !== 'object') {
      problems.push(`slot ${name}: not an object (ignored)`);
      return null;
    }
    const env = parsed as Partial<Envelope<unknown>>;
    if (env.format !== spec.format || env.v !== 1 || typeof env.seq !== 'number' || !Number.isFinite(env.seq)) {
      problems.push(`slot ${name}: unknown format or version (ignored)`);
      return null;
    }
    const value = spec.schema.safeParse(env.work);
    if (!value.success) {
      problems.push(`slot ${name}: ${spec.noun} does not validate (ignored)`);
      return null;
    }
    if (env.sum !== fnv1a64(JSON.stringify(env.work))) {
      problems.push(`slot ${name}: checksum mismatch (ignored)`);
      return null;
    }
    if (spec.keyOf(value.data) !== key) {
      problems.push(`slot ${name}: belongs to another article (ignored)`);
      return null;
    }
    return { format: spec.format, v: 1, seq: env.seq, sum: env.sum, work: value.data };
  }

  function best(problems: string[]): { i: 0 | 1; env: Envelope<T> } | null {
    const a = read(0, problems);
    const b = read(1, problems);
    if (a && (!b || a.seq >= b.seq)) return { i: 0, env: a };
    if (b) return { i: 1, env: b };
    return null;
  }

  return {
    key,
    slots,
    load() {
      const problems: string[] = [];
      const found = best(problems);
      last = { from: found ? (found.i === 0 ? 'a' : 'b') : 'empty', problems };
      // A copy: the cached envelope must not change if the caller mutates what it gets.
      return found ? structuredClone(found.env.work) : spec.empty();
    },
    save(value) {
      const checked = spec.schema.safeParse(value);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        return { ok: false, reason: 'invalid', message: `${spec.noun} does not validate: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}` };
      }
      if (spec.keyOf(checked.data) !== key) return { ok: false, reason: 'invalid', message: `${spec.noun} is for article ${spec.keyOf(checked.data)}, not ${key}` };
      const problems: string[] = [];
      const current = best(problems);
      const target: 0 | 1 = current ? (current.i === 0 ? 1 : 0) : 0;
      const json = JSON.stringify(checked.data);
      const env: Envelope<T> = { format: spec.format, v: 1, seq: (current?.env.seq ?? 0) + 1, sum: fnv1a64(json), work: checked.data };
      const payload = JSON.stringify(env);
      if (payload.length > MAX_SLOT_CHARS) return { ok: false, reason: 'too-large', message: `${spec.noun} is ${payload.length} characters, more than ${MAX_SLOT_CHARS}` };
      const write = () => storage.setItem(slots[target], payload);
      try {
        write();
        seen[target] = { raw: payload, env };
      } catch (e) {
        if (!isQuota(e)) return { ok: false, reason: 'unavailable', message: `storage refused the save: ${short(e)}` };
        // The target slot holds an older version (or garbage): free it and try once more.
        try {
          storage.removeItem(slots[target]);
          seen[target] = null;
          write();
          seen[target] = { raw: payload, env };
        } catch (e2) {
          return isQuota(e2)
            ? { ok: false, reason: 'quota', message: 'browser storage is full: export your work to keep it' }
            : { ok: false, reason: 'unavailable', message: `storage refused the save: ${short(e2)}` };
        }
      }
      return { ok: true, slot: target === 0 ? 'a' : 'b', seq: env.seq };
    },
    clear() {
      let ok = true;
      for (const s of slots) {
        try {
          storage.removeItem(s);
        } catch {
          ok = false;
        }
      }
      return ok;
    },
    info: () => last,
  };
}

/** Crash-safe storage of one article's student work (see createSlotStore). */
export function createWorkStore(storage: StorageLike, key: string, now: Now = () => new Date()): WorkStore {
  return createSlotStore(storage, key, {
    prefix: STORAGE_PREFIX,
    format: ENVELOPE_FORMAT,
    noun: 'work',
    schema: StudentWork,
    keyOf: (w) => w.articleKey,
    empty: () => emptyWork(key, now),
  });
}

/** The cap on annotations per work, re-exported for UIs that want to warn before it is reached. */
export const MAX_ANNOTATIONS = LIMITS.maxAnnotations;
