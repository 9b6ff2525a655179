/**
 * The attribution lexicons (rubrics/lexicons/attribution/{fr,en,es}.json), loaded lazily and compiled
 * into word-indexed phrase matchers: each phrase is keyed by its first word, so matching a block is one
 * pass over its words (linear, whatever the size of the lists).
 */
import type { Lang } from '../../model/article.js';
import { fold } from '../../text/fold.js';

interface RawLexicon {
  lang: Lang;
  sources: { id: string; title: string; url?: string; licence: string }[];
  verbs: {
    er?: string[];
    erAdded?: { stems: string[] };
    lemmas?: string[];
    fromRecasens?: string[];
    ar?: string[];
    erir?: string[];
    forms: string[];
  };
  multiword: string[];
  prepositions: string[];
  notPrepositions: string[];
  documents: string[];
  vague: string[];
  vagueSubjects?: string[];
  qualifiedAnonymous: string[];
  opinion: string[];
  hedges: string[];
  disclosure: string[];
  characterisations: { strong: string[]; weak: string[] };
  motives: string[];
  generalisations: string[];
  harm: string[];
  quantifiers: string[];
  /** Vague counts of people ("des milliers d'habitants", "thousands of families", "miles de campesinos"). */
  peopleCounts?: string[];
  statistics?: string[];
  percentWords: string[];
  background: string[];
  opinionLabels: string[];
  /** Grave wrongdoing ("truqué", "bribes", "habrían alterado"): with an anonymous source and a conditional, not enough. */
  accusations?: string[];
  /** What a whole group is said to think or feel ("no longer believe", "ne comprennent plus", "ya no creen"). */
  groupMind?: string[];
  /** Collective nouns for people and countries ("countries", "citoyens", "ciudadanos"). */
  groupNouns?: string[];
  /** Quantifiers over a group ("most", "la plupart des", "la mayoría de los"). */
  groupQuantifiers?: string[];
  /** Nouns naming an act or policy that open a verbless editorial fragment ("Une démarche qui…", "A move that…"). */
  actNouns?: string[];
}

export interface Match {
  start: number;
  end: number;
}

const compilePhrases = (srcs: string[], flags: string) =>
  new RegExp(`(?:${srcs.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, flags);

/** A compiled phrase list: finds whole-word occurrences in folded text. */
export class PhraseMatcher {
  /** Keyed phrase groups: their regex sources until first used, then the compiled regex (compiling every group up
   * front cost ~200 ms a process, for the few keys an article meets). */
  private byFirst = new Map<string, RegExp | string[]>();
  private prefixed: { prefix: string; re: RegExp }[] = [];
  private loose: RegExp | null = null;
  readonly size: number;

  constructor(phrases: readonly string[]) {
    const groups = new Map<string, string[]>();
    const prefixGroups = new Map<string, string[]>();
    const loose: string[] = [];
    let n = 0;
    for (const raw of phrases) {
      for (const p of expandLeading(fold(raw.trim()))) {
        if (!p) continue;
        n++;
        // Key on the first two words when the second is a plain word ("des experts" → "des experts"), else on the first.
        const two = /^([\p{L}\p{N}]+)[\s'-]+([\p{L}\p{N}]+)(?![\p{L}\p{N}*(|])/u.exec(p);
        const first = two ? `${two[1]} ${two[2]}` : /^[\p{L}\p{N}]+\*?/u.exec(p)?.[0];
        const src = toRegexSource(p);
        if (!first) loose.push(src);
        else if (first.endsWith('*')) {
          const k = first.slice(0, -1);
          prefixGroups.set(k, [...(prefixGroups.get(k) ?? []), src]);
        } else groups.set(first, [...(groups.get(first) ?? []), src]);
      }
    }
    this.size = n;
    this.byFirst = groups;
    for (const [k, srcs] of prefixGroups) this.prefixed.push({ prefix: k, re: compilePhrases(srcs, 'uy') });
    if (loose.length) this.loose = compilePhrases(loose, 'gu');
  }

  /** The regex of the phrases keyed `key`, compiled on first use. */
  private keyed(key: string): RegExp | undefined {
    const v = this.byFirst.get(key);
    if (v === undefined || v instanceof RegExp) return v;
    const re = compilePhrases(v, 'uy');
    this.byFirst.set(key, re);
    return re;
  }

  /** Occurrences in folded[start, end), given the words of that range (from `words()`). */
  find(folded: string, ws: readonly Word[], start: number, end: number): Match[] {
    const out: Match[] = [];
    for (let k = 0; k < ws.length; k++) this.matchWord(folded, ws[k]!, ws[k + 1], end, out);
    this.findRest(folded, ws, start, end, out);
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  hasPrefixOrLoose(): boolean {
    return this.prefixed.length > 0 || this.loose !== null;
  }

  /** Keyed phrases starting at word w. */
  matchWord(folded: string, w: Word, next: Word | undefined, end: number, out: Match[]): void {
    const re = this.keyed(w.text);
    if (re) this.tryAt(re, folded, w.start, end, out);
    if (next) {
      const re2 = this.keyed(`${w.text} ${next.text}`);
      if (re2) this.tryAt(re2, folded, w.start, end, out);
    }
  }

  /** Phrases under one key, at `at`. */
  matchOne(folded: string, key: string, at: number, end: number, out: Match[]): void {
    const re = this.keyed(key);
    if (re) this.tryAt(re, folded, at, end, out);
  }

  /** Prefix-keyed and loose phrases in [start, end). */
  findRest(folded: string, ws: readonly Word[], start: number, end: number, out: Match[]): void {
    if (this.prefixed.length) for (const w of ws) for (const p of this.prefixed) if (w.text.startsWith(p.prefix)) this.tryAt(p.re, folded, w.start, end, out);
    if (this.loose) {
      // On the slice only: a global search from `start` would run on past the block when nothing matches.
      const re = this.loose;
      const slice = folded.slice(start, end);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        if (m[0].length) out.push({ start: start + m.index, end: start + m.index + m[0].length });
        else re.lastIndex++;
      }
    }
  }

  private tryAt(re: RegExp, folded: string, at: number, end: number, out: Match[]): void {
    re.lastIndex = at;
    const m = re.exec(folded);
    if (m && m.index === at && at + m[0].length <= end) out.push({ start: at, end: at + m[0].length });
  }
}

/** Several phrase lists matched in one pass over the words (one map lookup per word for all lists). */
export class MultiMatcher<K extends string> {
  private byFirst = new Map<string, { key: K; m: PhraseMatcher }[]>();
  /** Two-word keys as first word → second word → lists (no string building while matching). */
  private byTwo = new Map<string, Map<string, { key: K; m: PhraseMatcher }[]>>();
  private rest: { key: K; m: PhraseMatcher }[] = [];
  constructor(private lists: Record<K, PhraseMatcher>) {
    for (const key of Object.keys(lists) as K[]) {
      const m = lists[key];
      for (const first of m.firstWords()) {
        const sp = first.indexOf(' ');
        if (sp > 0) {
          const a = first.slice(0, sp);
          const b = first.slice(sp + 1);
          const inner = this.byTwo.get(a) ?? new Map<string, { key: K; m: PhraseMatcher }[]>();
          inner.set(b, [...(inner.get(b) ?? []), { key, m }]);
          this.byTwo.set(a, inner);
          continue;
        }
        const arr = this.byFirst.get(first) ?? [];
        arr.push({ key, m });
        this.byFirst.set(first, arr);
      }
      if (m.hasPrefixOrLoose()) this.rest.push({ key, m });
    }
  }

  find(folded: string, ws: readonly Word[], start: number, end: number): Record<K, Match[]> {
    const out = {} as Record<K, Match[]>;
    for (const key of Object.keys(this.lists) as K[]) out[key] = [];
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      const next = ws[k + 1];
      const hits = this.byFirst.get(w.text);
      if (hits) for (const h of hits) h.m.matchOne(folded, w.text, w.start, end, out[h.key]);
      if (next) {
        const hits2 = this.byTwo.get(w.text)?.get(next.text);
        if (hits2) for (const h of hits2) h.m.matchOne(folded, `${w.text} ${next.text}`, w.start, end, out[h.key]);
      }
    }
    for (const r of this.rest) r.m.findRest(folded, ws, start, end, out[r.key]);
    for (const key of Object.keys(out) as K[]) out[key].sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  }
}

export interface Word {
  start: number;
  end: number;
  /** Folded. */
  text: string;
}

/** The words of folded[start, end) (letters and digits; apostrophes and hyphens split words). */
export function words(folded: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  const block = folded.slice(start, end);
  for (let m = re.exec(block); m; m = re.exec(block)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** "(a|b) rest" → ["a rest", "b rest"], so phrases can be keyed by their first word. */
function expandLeading(p: string): string[] {
  const m = /^\(([^()]*)\)(.*)$/.exec(p);
  if (!m) return [p];
  return m[1]!.split('|').flatMap((alt) => expandLeading(alt + m[2]!));
}

/** Phrase mini-syntax: words, spaces (any whitespace), `*` (rest of a word), `(a|b)` alternatives. */
function toRegexSource(p: string): string {
  let out = '';
  for (const c of p) {
    if (c === '*') out += '[\\p{L}\\p{N}]*';
    else if (c === ' ') out += '\\s+';
    else if (c === '(') out += '(?:';
    else if (c === ')' || c === '|') out += c;
    else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

export interface Lexicon {
  lang: Lang;
  isVerb(foldedWord: string): boolean;
  /** Bare collective nouns that make a vague subject ("experts said", "des observateurs estiment"). */
  vagueSubjects: Set<string>;
  verbCount: number;
  multiword: PhraseMatcher;
  prepositions: PhraseMatcher;
  notPrepositions: PhraseMatcher;
  documents: PhraseMatcher;
  vague: PhraseMatcher;
  qualifiedAnonymous: PhraseMatcher;
  opinion: PhraseMatcher;
  hedges: PhraseMatcher;
  disclosure: PhraseMatcher;
  strong: PhraseMatcher;
  weak: PhraseMatcher;
  motives: PhraseMatcher;
  generalisations: PhraseMatcher;
  harm: PhraseMatcher;
  quantifiers: PhraseMatcher;
  peopleCounts: PhraseMatcher;
  statistics: PhraseMatcher;
  percent: PhraseMatcher;
  background: PhraseMatcher;
  opinionLabels: PhraseMatcher;
  accusations: PhraseMatcher;
  groupMind: PhraseMatcher;
  /** Sentence-head patterns (folded): a group subject; an act noun opening a fragment. */
  groupHead: RegExp;
  fragmentHead: RegExp;
  sources: RawLexicon['sources'];
  /** Every list above, matched in one pass. */
  all: MultiMatcher<ListKey>;
}

export type ListKey =
  | 'multiword' | 'prepositions' | 'notPrepositions' | 'documents' | 'vague' | 'qualifiedAnonymous' | 'opinion' | 'hedges'
  | 'disclosure' | 'strong' | 'weak' | 'motives' | 'generalisations' | 'harm' | 'quantifiers' | 'peopleCounts' | 'statistics' | 'percent'
  | 'background' | 'opinionLabels' | 'accusations' | 'groupMind';

const FR_ER_ENDINGS = ['e', 'es', 'ent', 'ait', 'aient', 'a', 'erent', 'era', 'eront', 'erait', 'eraient', 'ant', 'ee', 'ees', 'er'];
const ES_AR_ENDINGS = ['a', 'an', 'o', 'aron', 'aba', 'aban', 'ara', 'aran', 'aria', 'arian', 'ando', 'ado', 'ada', 'ados', 'adas', 'ar'];
const ES_ERIR_ENDINGS = ['e', 'en', 'io', 'ieron', 'ia', 'ian', 'era', 'eran', 'ira', 'iran', 'eria', 'erian', 'iria', 'irian', 'iendo', 'ido', 'ida', 'idos', 'idas', 'er', 'ir'];

/** Expand stems and lemmas into the folded verb forms the detector recognises. */
export function verbForms(raw: RawLexicon): Set<string> {
  const set = new Set<string>();
  const add = (s: string) => set.add(fold(s));
  for (const f of raw.verbs.forms) add(f);
  for (const stem of [...(raw.verbs.er ?? []), ...(raw.verbs.erAdded?.stems ?? [])].map(fold)) {
    for (const e of FR_ER_ENDINGS) add(stem + e);
    if (stem.endsWith('g')) for (const e of ['ea', 'eait', 'eaient', 'eant']) add(stem + e);
    if (stem.endsWith('el')) for (const e of ['le', 'lent', 'lera', 'leront', 'lerait']) add(stem + e);
  }
  for (const lemma of [...(raw.verbs.lemmas ?? []), ...(raw.verbs.fromRecasens ?? [])].map(fold)) {
    add(lemma);
    if (lemma.endsWith('e')) {
      add(lemma + 's');
      add(lemma + 'd');
      add(lemma.slice(0, -1) + 'ing');
    } else if (/[^aeiou]y$/.test(lemma)) {
      add(lemma.slice(0, -1) + 'ies');
      add(lemma.slice(0, -1) + 'ied');
      add(lemma + 'ing');
    } else {
      add(lemma + (/(s|sh|ch|x|z)$/.test(lemma) ? 'es' : 's'));
      add(lemma + 'ed');
      add(lemma + 'ing');
    }
  }
  for (const stem of (raw.verbs.ar ?? []).map(fold)) for (const e of ES_AR_ENDINGS) add(stem + e);
  for (const stem of (raw.verbs.erir ?? []).map(fold)) for (const e of ES_ERIR_ENDINGS) add(stem + e);
  return set;
}

export function compileLexicon(raw: RawLexicon): Lexicon {
  const verbs = verbForms(raw);
  const m = (l: readonly string[]) => new PhraseMatcher(l);
  const lists: Record<ListKey, PhraseMatcher> = {
    multiword: m(raw.multiword),
    prepositions: m(raw.prepositions),
    notPrepositions: m(raw.notPrepositions),
    documents: m(raw.documents),
    vague: m(raw.vague),
    qualifiedAnonymous: m(raw.qualifiedAnonymous),
    opinion: m(raw.opinion),
    hedges: m(raw.hedges),
    disclosure: m(raw.disclosure),
    strong: m(raw.characterisations.strong),
    weak: m(raw.characterisations.weak),
    motives: m(raw.motives),
    generalisations: m(raw.generalisations),
    harm: m(raw.harm),
    quantifiers: m(raw.quantifiers),
    peopleCounts: m(raw.peopleCounts ?? []),
    statistics: m(raw.statistics ?? []),
    percent: m(raw.percentWords),
    background: m(raw.background),
    opinionLabels: m(raw.opinionLabels),
    accusations: m(raw.accusations ?? []),
    groupMind: m(raw.groupMind ?? []),
  };
  const alt = (l: readonly string[] | undefined) => (l ?? []).map((x) => fold(x).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|') || '(?!)';
  // A group subject opening the sentence (after at most one connector word): "La plupart des Européens",
  // "Many countries in the Global South", "Los ecuatorianos", "Americans". Group = a collective noun or a
  // word shaped like a demonym/agent noun (checked again by the caller).
  const groupHead = new RegExp(
    `^(?:[\\p{L}']+,?\\s+)??(?:(?:${alt(raw.groupQuantifiers)})\\s+(?:(?:of\\s+)?the\\s+|les\\s+|los\\s+|las\\s+|l'|d')?|(?:les|los|las|the)\\s+)?(?:\\p{L}+\\s+)?(${alt(raw.groupNouns)}|\\p{L}+(?:ians|ans|ese|ois|oises|ais|aises|iens|iennes|eens|eennes|enses|anos|anas|enos|inos|inas|eos|eas|oles|olas|ols|eurs|euses|ores|oras))(?![\\p{L}])`,
    'u',
  );
  // An act noun opening a sentence after an indefinite article ("Une démarche protectionniste qui…", "Un proceso
  // viciado…", "A move that…"), or a plural act noun straight before a relative ("Sanctions that hurt…").
  const fragmentHead = new RegExp(`^(?:(?:un|une|una|unos|unas|a|an)\\s+(?:\\p{L}+\\s+)?(?:${alt(raw.actNouns)})|(?:${alt(raw.actNouns)})\\s+(?:that|which|qui|que))(?![\\p{L}])`, 'u');
  return {
    ...lists,
    all: new MultiMatcher(lists),
    groupHead,
    fragmentHead,
    lang: raw.lang,
    isVerb: (w) => verbs.has(w),
    vagueSubjects: new Set((raw.vagueSubjects ?? []).map((x) => fold(x))),
    verbCount: verbs.size,
    sources: raw.sources,
  };
}

let cache: Promise<Record<Lang, Lexicon>> | undefined;

/** The three lexicons, loaded once (each JSON file is its own chunk in the browser bundle). */
export function loadLexicons(): Promise<Record<Lang, Lexicon>> {
  cache ??= Promise.all([
    import('../../../../rubrics/lexicons/attribution/fr.json', { with: { type: 'json' } }),
    import('../../../../rubrics/lexicons/attribution/en.json', { with: { type: 'json' } }),
    import('../../../../rubrics/lexicons/attribution/es.json', { with: { type: 'json' } }),
  ]).then(([fr, en, es]) => ({
    fr: compileLexicon(fr.default as unknown as RawLexicon),
    en: compileLexicon(en.default as unknown as RawLexicon),
    es: compileLexicon(es.default as unknown as RawLexicon),
  }));
  cache.catch(() => {
    cache = undefined;
  });
  return cache;
}
