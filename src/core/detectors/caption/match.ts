/**
 * Matching caption entities against the article (headline, standfirst, body): gazetteer ids with their
 * parents (a caption's "US Capitol" is weakly matched by an article that only says "Washington"), name
 * tokens (surnames, with a little tolerance for transliteration), acronyms, events, years.
 */
import type { Article } from '../../model/article.js';
import { fold, atWordBoundary } from '../../text/fold.js';
import { findDates } from '../../text/dates.js';
import type { Gazetteer } from './gazetteer.js';
import type { CaptionEntity } from './extract.js';
import { STOP } from './vocab.js';

export interface ArticleIndex {
  text: string;
  folded: string;
  ranges: { start: number; end: number }[];
  /** 1 where the text belongs to the headline or body. */
  mask: Uint8Array;
  /** gazetteer id → first occurrence in the article */
  ids: Map<string, { start: number; end: number }>;
  /** ids reached through a named place's parents (La Havane → Cuba) */
  implied: Map<string, { start: number; end: number; via: string }>;
  years: Set<number>;
  /** The article's date: meta.published, else the latest full date in the body. */
  date?: { year: number; month?: number; day?: number; iso: string; from: 'meta' | 'body' };
  events: Set<string>;
  /** Content-word stems of the headline and body (see vocab.ts). */
  stems: Set<string>;
  /** First position of every folded word of the headline and body, and of every word as written (acronyms). */
  words: Map<string, number>;
  rawWords: Map<string, number>;
  /** Folded words by their first six letters, for close spellings. */
  prefixes: Map<string, { start: number; end: number }[]>;
}

export type Strength = 'strong' | 'weak' | 'none';

export interface EntityMatch {
  entity: CaptionEntity;
  strength: Strength;
  /** Where the article names it. */
  at?: { start: number; end: number };
  /** same entity; a place inside it; a place around it (and that place's type). */
  via?: 'same' | 'inside' | 'around';
  viaType?: string;
}

const YEAR_RE = /(?:19|20)\d\d/;
const BODY_TYPES = new Set(['headline', 'standfirst', 'paragraph', 'subheading']);

export function indexArticle(article: Article, gaz: Gazetteer): ArticleIndex {
  const text = article.text;
  const folded = fold(text);
  let ranges = article.blocks.filter((b) => BODY_TYPES.has(b.type)).map((b) => ({ start: b.start, end: b.end }));
  if (!ranges.length) ranges = [{ start: 0, end: text.length }];
  const ids = new Map<string, { start: number; end: number }>();
  const implied = new Map<string, { start: number; end: number; via: string }>();
  const years = new Set<number>();
  const events = new Set<string>();
  let latest: ArticleIndex['date'];
  const mask = new Uint8Array(text.length);
  for (const r of ranges) mask.fill(1, r.start, r.end);
  const stems = new Set<string>();
  // Every word of the headline and body, indexed during the gazetteer's scan: later lookups are map accesses, so
  // many captions on a long article stay linear.
  const words = new Map<string, number>();
  const rawWords = new Map<string, number>();
  const prefixes = new Map<string, { start: number; end: number }[]>();
  const onWord = (w: string, at: number) => {
    if (mask[at] !== 1) return;
    const seen = words.has(w);
    if (!seen) words.set(w, at);
    const c0 = text.charCodeAt(at);
    if ((c0 >= 65 && c0 <= 90) || c0 > 127) {
      const raw = text.slice(at, at + w.length);
      if (!rawWords.has(raw)) rawWords.set(raw, at);
    }
    if (seen) return;
    if (w.length >= 4 && !STOP.has(w) && LETTERS_RE.test(w)) stems.add(w.slice(0, 5));
    if (w.length >= 4) {
      const list = prefixes.get(w.slice(0, 6));
      const span = { start: at, end: at + w.length };
      if (!list) prefixes.set(w.slice(0, 6), [span]);
      else if (list.length < 8 && !list.some((x) => x.end - x.start === span.end - span.start)) list.push(span);
    }
  };
  // One gazetteer scan of the whole text (hits outside the headline and body are dropped): no per-block work.
  for (const h of gaz.find(text, false, folded, onWord)) {
    if (mask[h.start] !== 1) continue;
    const at = { start: h.start, end: h.end };
    for (const id of h.ids) {
      if (ids.has(id)) continue; // its first occurrence already placed it and its ancestors
      if (gaz.entries.get(id)?.t === 'event') events.add(id);
      ids.set(id, at);
      for (const a of gaz.ancestors(id).slice(1)) if (!implied.has(a)) implied.set(a, { ...at, via: id });
    }
  }
  for (const r of ranges) {
    // Only dates with a year count here: skip the date patterns on blocks without one.
    const part = text.slice(r.start, r.end);
    for (const d of YEAR_RE.test(part) ? findDates(part) : []) {
      if (d.year) years.add(d.year);
      if (d.year && d.month && d.day && (!latest || d.iso! > latest.iso)) latest = { year: d.year, month: d.month, day: d.day, iso: d.iso!, from: 'body' };
    }
  }
  let date = latest;
  const pub = article.meta.published?.date;
  const m = pub && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(pub);
  if (m) date = { year: +m[1]!, ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}), iso: pub!, from: 'meta' };
  return { text, folded, ranges, mask, ids, implied, years, events, stems, words, rawWords, prefixes, ...(date ? { date } : {}) };
}

const inRanges = (idx: ArticleIndex, at: number) => idx.mask[at] === 1;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const SINGLE_WORD_RE = /^[\p{L}\p{N}]+$/u;
const LETTERS_RE = /^\p{L}+$/u;

/** A name token in the article: whole word, or a close spelling (Zelensky / Zelenskyy, Jamenei / Khamenei is too far). */
function findToken(idx: ArticleIndex, tok: string): { start: number; end: number } | undefined {
  if (SINGLE_WORD_RE.test(tok)) {
    const at = idx.words.get(tok);
    if (at !== undefined) return { start: at, end: at + tok.length };
    if (tok.length < 6) return undefined;
    for (const span of idx.prefixes.get(tok.slice(0, 6)) ?? []) if (Math.abs(span.end - span.start - tok.length) <= 2) return span;
    return undefined;
  }
  // A token with a hyphen or space ("jean-baptiste"): every part must be a word of the article before any scan.
  if (!(tok.match(WORD_RE) ?? []).every((part) => idx.words.has(part))) return undefined;
  for (let at = idx.folded.indexOf(tok); at !== -1; at = idx.folded.indexOf(tok, at + 1)) {
    if (inRanges(idx, at) && atWordBoundary(idx.folded, at, at + tok.length)) return { start: at, end: at + tok.length };
  }
  if (tok.length >= 6) {
    const stem = tok.slice(0, 6);
    for (let i = idx.folded.indexOf(stem); i !== -1; i = idx.folded.indexOf(stem, i + 1)) {
      if (!inRanges(idx, i) || /[\p{L}\p{N}]/u.test(idx.folded[i - 1] ?? '')) continue;
      let e = i;
      while (e < idx.folded.length && /[\p{L}\p{N}]/u.test(idx.folded[e]!)) e++;
      if (Math.abs(e - i - tok.length) <= 2) return { start: i, end: e };
    }
  }
  return undefined;
}

export function matchEntity(e: CaptionEntity, idx: ArticleIndex, gaz: Gazetteer): EntityMatch {
  if (e.kind === 'event') {
    const id = e.ids!.find((x) => idx.ids.has(x));
    return id ? { entity: e, strength: 'strong', at: idx.ids.get(id)! } : { entity: e, strength: 'none' };
  }
  if (e.ids) {
    // The same entity, named in any language.
    const direct = e.ids.find((x) => idx.ids.has(x));
    if (direct) {
      const weak = e.metonym || e.kind === 'country' || e.kind === 'org' && !!gaz.entries.get(direct)?.m;
      return { entity: e, strength: weak ? 'weak' : 'strong', at: idx.ids.get(direct)!, via: 'same' };
    }
    // The article names a place inside it (caption "Cuba", article "La Havane").
    const below = e.ids.find((x) => idx.implied.has(x));
    if (below) return { entity: e, strength: e.kind === 'country' && !e.metonym ? 'strong' : 'weak', at: idx.implied.get(below)!, via: 'inside' };
    // The article names only a place around it (caption "US Capitol", article "Washington").
    for (const id of e.ids) {
      for (const a of gaz.ancestors(id).slice(1)) {
        const at = idx.ids.get(a) ?? idx.implied.get(a);
        if (at) return { entity: e, strength: 'weak', at: { start: at.start, end: at.end }, via: 'around', viaType: gaz.entries.get(a)?.t };
      }
    }
    return { entity: e, strength: 'none' };
  }
  if (e.acronym) {
    const tok = e.tokens![0]!;
    if (SINGLE_WORD_RE.test(tok)) {
      const at = idx.rawWords.get(tok);
      return at !== undefined ? { entity: e, strength: 'strong', at: { start: at, end: at + tok.length } } : { entity: e, strength: 'none' };
    }
    for (let i = idx.text.indexOf(tok); i !== -1; i = idx.text.indexOf(tok, i + 1)) {
      if (inRanges(idx, i) && atWordBoundary(idx.text, i, i + tok.length)) return { entity: e, strength: 'strong', at: { start: i, end: i + tok.length } };
    }
    return { entity: e, strength: 'none' };
  }
  const toks = e.tokens ?? [];
  // For a person, the first name alone is not enough ("Nancy" is not "Nancy Pelosi").
  const usable = e.kind === 'person' && toks.length >= 2 ? toks.slice(1) : toks;
  for (const t of usable) {
    const at = findToken(idx, t);
    if (at) return { entity: e, strength: 'strong', at };
  }
  if (e.kind === 'person' && toks.length >= 2) {
    const at = findToken(idx, toks[0]!);
    if (at) return { entity: e, strength: 'weak', at };
  }
  return { entity: e, strength: 'none' };
}
