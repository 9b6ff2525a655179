/**
 * The caption gazetteer (rubrics/gazetteer/gazetteer.json): countries, regions, cities, places, institutions
 * and event nouns in en/fr/es, compiled into folded surface forms so "Cuban" ≈ "cubain" ≈ "cubano" and
 * "Havana" ≈ "La Havane" ≈ "La Habana" resolve to the same id. Pure: no I/O besides the lazy JSON import.
 */
import { atWordBoundary, fold } from '../../text/fold.js';

export type EntryType = 'country' | 'region' | 'city' | 'place' | 'org' | 'event';

export interface GazEntry {
  id: string;
  t: EntryType;
  in?: string;
  m?: boolean;
  n?: string[];
  en?: string[];
  fr?: string[];
  es?: string[];
  cs?: string[];
  d?: { en?: string[]; fr?: string[]; es?: string[] };
}

interface GazFile {
  lists: { name: string; source: string[]; entries: GazEntry[] }[];
}

interface Form {
  /** Folded surface form (or the exact form when case-sensitive). */
  key: string;
  ids: string[];
  /** Matched on the original text, case included (acronyms: "US" is not "us"). */
  caseSensitive: boolean;
  /** The form starts with a capital: in captions, require a capital in the text too. */
  capital: boolean;
  demonym: boolean;
}

export interface GazHit {
  start: number;
  end: number;
  ids: string[];
  demonym: boolean;
}

export interface Gazetteer {
  entries: Map<string, GazEntry>;
  /** Where each list comes from (for evidence). */
  sources: Map<string, string>;
  /**
   * Gazetteer names in `text`, longest first, non-overlapping, in text order. `caseAware`: a form written
   * with a capital only matches a capitalised word (captions); otherwise any case (article body, more lenient).
   * `folded`: fold(text) when the caller already has it (folding is the slow part on long texts).
   */
  find(text: string, caseAware: boolean, folded?: string, onWord?: (word: string, at: number) => void): GazHit[];
  /** The id, its parent, its parent's parent… */
  ancestors(id: string): string[];
  /** A display name in the given language. */
  name(id: string, lang: 'fr' | 'en' | 'es'): string;
}

/** Feminine and plural forms of a masculine-singular demonym, per language (on the unfolded form). */
export function inflect(base: string, lang: 'en' | 'fr' | 'es'): string[] {
  const out = [base];
  const f = fold(base);
  if (lang === 'en') {
    if (!/(?:ese|sh|ch|s|i)$/.test(f)) out.push(base + 's');
    if (/i$/.test(f)) out.push(base + 's'); // Iraqis, Israelis
    return out;
  }
  if (lang === 'fr') {
    if (/e$/.test(f)) out.push(base + 's');
    else if (/en$/.test(f)) out.push(base + 'ne', base + 's', base + 'nes');
    else if (/[sx]$/.test(f)) out.push(base + 'e', base + 'es');
    else out.push(base + 'e', base + 's', base + 'es');
    return out;
  }
  // es: cubano → cubana, cubanos, cubanas; francés → francesa, franceses; iraní → iraníes; belga → belgas
  const stripAccent = (s: string) => s.slice(0, -2) + s.slice(-2).normalize('NFD').replace(/\p{M}/gu, '');
  if (/o$/.test(f)) {
    const stem = base.slice(0, -1);
    out.push(stem + 'a', stem + 'os', stem + 'as');
  } else if (/[ae]$/.test(f)) out.push(base + 's');
  else if (/[iu]$/.test(f)) out.push(base + 'es', base + 's');
  else {
    const stem = stripAccent(base);
    out.push(stem + 'a', stem + 'es', stem + 'as');
  }
  return out;
}

/** Plural forms of an event noun (loose: a few junk forms are harmless, they never occur). */
function eventForms(w: string): string[] {
  if (w.includes(' ')) return [w];
  const f = fold(w);
  const out = [w, w + 's'];
  if (/(?:ch|sh|[nlrdz])$/.test(f)) out.push(w.replace(/ón$/, 'on') + 'es');
  return out;
}

export function compileGazetteer(file: GazFile): Gazetteer {
  const entries = new Map<string, GazEntry>();
  const sources = new Map<string, string>();
  const byKey = new Map<string, Form>();
  const add = (surface: string, id: string, caseSensitive: boolean, demonym: boolean) => {
    const variants = new Set([surface]);
    if (surface.includes('-')) variants.add(surface.replace(/-/g, ' '));
    if (/\S \S/.test(surface) && !caseSensitive) variants.add(surface.replace(/ /g, '-'));
    for (const v of variants) {
      const key = caseSensitive ? v : fold(v);
      const k = `${caseSensitive ? 'C' : 'f'}:${key}`;
      const prev = byKey.get(k);
      if (prev) {
        if (!prev.ids.includes(id)) prev.ids.push(id);
        prev.demonym &&= demonym;
        prev.capital &&= /^\p{Lu}/u.test(v);
      } else byKey.set(k, { key, ids: [id], caseSensitive, capital: /^\p{Lu}/u.test(v), demonym });
    }
  };
  for (const list of file.lists) {
    for (const e of list.entries) {
      entries.set(e.id, e);
      sources.set(e.id, list.source[0] ?? list.name);
      for (const s of e.cs ?? []) add(s, e.id, true, false);
      for (const lang of ['en', 'fr', 'es'] as const) {
        for (const s of [...(e.n ?? []), ...(e[lang] ?? [])]) {
          if (e.t === 'event') for (const v of eventForms(s)) add(v, e.id, false, false);
          else add(s, e.id, false, false);
        }
        for (const d of e.d?.[lang] ?? []) for (const v of inflect(d, lang)) add(v, e.id, false, true);
      }
    }
  }
  // Forms indexed by their first word, so a text is scanned once (5 MB pastes must stay fast).
  const firstWord = (k: string) => /^[\p{L}\p{N}]+/u.exec(k)?.[0] ?? k;
  const byFirst = new Map<string, Form[]>();
  for (const f of byKey.values()) {
    const k = `${f.caseSensitive ? 'C' : 'f'}:${firstWord(f.key)}`;
    const list = byFirst.get(k) ?? [];
    list.push(f);
    byFirst.set(k, list);
  }

  // The first-word index split by key kind, so the scan allocates nothing for words that start no form.
  const byFolded = new Map<string, Form[]>();
  const byCase = new Map<string, Form[]>();
  for (const [k, list] of byFirst) (k.startsWith('f:') ? byFolded : byCase).set(k.slice(2), list);

  function find(text: string, caseAware: boolean, foldedText?: string, onWord?: (word: string, at: number) => void): GazHit[] {
    const folded = foldedText ?? fold(text);
    const hits: (GazHit & { len: number })[] = [];
    const word = /[\p{L}\p{N}]+/gu;
    for (let m = word.exec(folded); m; m = word.exec(folded)) {
      const i = m.index;
      onWord?.(m[0], i); // callers that index every word share this scan
      const lower = byFolded.get(m[0]);
      // Case-sensitive forms ("US", "UN") start with a capital: skip the lookup for other words.
      const c0 = text.charCodeAt(i);
      const upper = (c0 >= 65 && c0 <= 90) || c0 > 127 ? byCase.get(text.slice(i, i + m[0].length)) : undefined;
      if (!lower && !upper) continue;
      for (const f of lower && upper ? [...lower, ...upper] : (lower ?? upper)!) {
        const hay = f.caseSensitive ? text : folded;
        if (!hay.startsWith(f.key, i)) continue;
        const end = i + f.key.length;
        if (!atWordBoundary(folded, i, end)) continue;
        if (caseAware && f.capital && !f.caseSensitive && !/^\p{Lu}/u.test(text[i]!)) continue;
        hits.push({ start: i, end, ids: f.ids, demonym: f.demonym, len: f.key.length });
      }
    }
    hits.sort((a, b) => b.len - a.len || a.start - b.start);
    const kept: GazHit[] = [];
    const taken = new Uint8Array(text.length);
    for (const h of hits) {
      let free = true;
      for (let p = h.start; p < h.end && free; p++) free = !taken[p];
      if (!free) continue;
      taken.fill(1, h.start, h.end);
      kept.push({ start: h.start, end: h.end, ids: h.ids, demonym: h.demonym });
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  function ancestors(id: string): string[] {
    const out: string[] = [];
    for (let cur: string | undefined = id, n = 0; cur && n < 6; cur = entries.get(cur)?.in, n++) out.push(cur);
    return out;
  }

  function name(id: string, lang: 'fr' | 'en' | 'es'): string {
    const e = entries.get(id);
    if (!e) return id;
    return e[lang]?.[0] ?? e.n?.[0] ?? e.cs?.[0] ?? e.en?.[0] ?? id;
  }

  return { entries, sources, find, ancestors, name };
}

let loading: Promise<Gazetteer> | undefined;

/** The bundled gazetteer, imported lazily so bundlers split it into its own chunk; compiled once. */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= import('../../../../rubrics/gazetteer/gazetteer.json', { with: { type: 'json' } }).then((m) =>
    compileGazetteer((m as { default: unknown }).default as GazFile),
  );
  return loading;
}
