import { fold } from '../text/fold.js';
import { formatZodIssues } from '../errors.js';
import { RegistryFile, type Alias, type OutletEntry } from './schema.js';
import { hostOf, hostSuffixes, normalizeHost, pathMatches, splitHostPattern } from './hosts.js';
import { TYPOLOGY } from './typology.js';

/** One way of writing an outlet's name, compiled for matching. */
export interface AliasRule {
  /** As written in the registry. */
  text: string;
  /** Folded (case and diacritics), what is searched. */
  key: string;
  entry: OutletEntry;
  /** Only where an outlet is expected (slot, citation cue, outlet noun). */
  context: boolean;
  /** Must appear exactly as written. */
  caseSensitive: boolean;
}

export interface OutletMatch {
  entry: OutletEntry;
  /** True exactly for SC, CaPu, CaPr. */
  stateMedia: boolean;
  via: 'host' | 'name';
}

/** The registry, indexed by id, host and alias. Build it with `createRegistry` or load it with `loadRegistry`. */
export class OutletRegistry {
  readonly entries: readonly OutletEntry[];
  readonly byId = new Map<string, OutletEntry>();
  /** Folded alias → rules (an alias shared by several outlets is ambiguous and kept out of `aliases`). */
  readonly aliases = new Map<string, AliasRule>();
  /** Folded aliases that name several outlets: not matched by name. */
  readonly ambiguous = new Map<string, OutletEntry[]>();
  private readonly hosts = new Map<string, { entry: OutletEntry; path: string }[]>();
  /** Alias rules by the first word of their folded key, for one-pass scanning. */
  readonly byFirstWord = new Map<string, AliasRule[]>();
  /** Longest alias key length, for windows. */
  readonly maxAliasLength: number;

  constructor(entries: readonly OutletEntry[]) {
    this.entries = entries;
    const byKey = new Map<string, AliasRule[]>();
    for (const e of entries) {
      this.byId.set(e.id, e);
      for (const h of e.hosts) {
        const { host, path } = splitHostPattern(h);
        const list = this.hosts.get(host) ?? [];
        list.push({ entry: e, path });
        this.hosts.set(host, list);
      }
      // Spellings of one outlet that fold to the same key merge: guarded only if every spelling is.
      const mine = new Map<string, AliasRule>();
      // Only aliases match (the display name may be a label like "Press TV (français)"; list it to match it).
      for (const a of e.aliases) {
        const rule = compileAlias(a, e);
        if (!rule.key.trim()) continue;
        const prev = mine.get(rule.key);
        if (!prev) mine.set(rule.key, rule);
        else if (prev.text !== rule.text || prev.context !== rule.context) {
          prev.context &&= rule.context;
          prev.caseSensitive &&= rule.caseSensitive && prev.text === rule.text;
        }
      }
      for (const rule of mine.values()) {
        const list = byKey.get(rule.key) ?? [];
        list.push(rule);
        byKey.set(rule.key, list);
      }
    }
    let max = 0;
    for (const [key, rules] of byKey) {
      // A curated entry's alias wins over ASD names; the same name for two outlets is ambiguous.
      const curated = rules.filter((r) => r.entry.origin === 'curated');
      const pool = curated.length ? curated : rules;
      const ids = new Set(pool.map((r) => r.entry.id));
      if (ids.size > 1) {
        this.ambiguous.set(key, pool.map((r) => r.entry));
        continue;
      }
      // The name as the registry writes it decides context/case; a context-free spelling wins over a guarded one.
      const rule = pool.find((r) => !r.context) ?? pool[0]!;
      this.aliases.set(key, rule);
      const first = /^[\p{L}\p{N}\p{M}]+/u.exec(key)?.[0];
      if (first) {
        const list = this.byFirstWord.get(first) ?? [];
        list.push(rule);
        this.byFirstWord.set(first, list);
      }
      max = Math.max(max, key.length);
    }
    this.maxAliasLength = max;
  }

  /** The outlet a host (and path) belongs to: the most specific registered host, then the longest path prefix. */
  byHost(hostOrUrl: string): OutletEntry | undefined {
    const parsed = hostOf(hostOrUrl) ?? { host: normalizeHost(hostOrUrl), path: '/' };
    for (const suffix of hostSuffixes(parsed.host)) {
      const list = this.hosts.get(suffix);
      if (!list) continue;
      const fits = list.filter((x) => pathMatches(parsed.path, x.path)).sort((a, b) => b.path.length - a.path.length);
      if (!fits.length) continue;
      const best = fits.filter((x) => x.path === fits[0]!.path).map((x) => x.entry);
      // Two outlets on one host with different affiliations: say the cautious thing (not state media).
      return best.find((e) => !TYPOLOGY[e.typology].state) ?? best[0];
    }
    return undefined;
  }

  /** Exact name or alias (folded), ignoring context guards. */
  byName(name: string): OutletEntry | undefined {
    return this.aliases.get(fold(name.trim()).replace(/\s+/g, ' '))?.entry;
  }

  /** A name or a URL/host: the outlet it designates, or null. */
  lookup(nameOrUrl: string): OutletMatch | null {
    const s = nameOrUrl.trim();
    if (!s) return null;
    const viaHost = hostOf(s) ? this.byHost(s) : undefined;
    if (viaHost) return { entry: viaHost, stateMedia: TYPOLOGY[viaHost.typology].state, via: 'host' };
    if (hostOf(s)) return null; // a URL that is not in the registry is not "matched by name"
    const byName = this.byName(s);
    return byName ? { entry: byName, stateMedia: TYPOLOGY[byName.typology].state, via: 'name' } : null;
  }

  /** The entry and its ancestors (parent chain), for "same family" checks. */
  family(id: string): Set<string> {
    const out = new Set<string>();
    for (let e = this.byId.get(id); e && !out.has(e.id); e = e.parent ? this.byId.get(e.parent) : undefined) out.add(e.id);
    return out;
  }
}

function compileAlias(a: Alias, entry: OutletEntry): AliasRule {
  const text = typeof a === 'string' ? a : a.text;
  const key = fold(text).replace(/\s+/g, ' ').trim();
  const letters = text.replace(/[^\p{L}]/gu, '');
  // Short all-caps acronyms ("IRNA", "TASS", "SANA") must be written in capitals: "Sana" is a first name.
  const acronym = letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && /^[\p{Lu}\d\s.&-]+$/u.test(text);
  return {
    text,
    key,
    entry,
    context: typeof a === 'string' ? false : !!a.context,
    caseSensitive: (typeof a !== 'string' && !!a.caseSensitive) || acronym,
  };
}

/** Validate registry JSON and index it. Throws one line naming the first problems. */
export function createRegistry(data: unknown): OutletRegistry {
  const r = RegistryFile.safeParse(data);
  if (!r.success) throw new Error(`outlet registry is invalid: ${formatZodIssues(r.error.issues, 3).join('; ')}`);
  return new OutletRegistry(r.data.entries);
}

let loading: Promise<OutletRegistry> | undefined;

/** The bundled registry (rubrics/outlets/registry.json), imported lazily so bundlers split it into its own chunk. */
export function loadRegistry(): Promise<OutletRegistry> {
  loading ??= import('../../../rubrics/outlets/registry.json', { with: { type: 'json' } }).then((m) => createRegistry((m as { default: unknown }).default));
  loading.catch(() => (loading = undefined));
  return loading;
}

/** `lookupOutlet("https://french.presstv.ir/…")`, `lookupOutlet("Sputnik Afrique")`. */
export async function lookupOutlet(nameOrUrl: string): Promise<OutletMatch | null> {
  return (await loadRegistry()).lookup(nameOrUrl);
}
