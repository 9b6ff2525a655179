import type { Lexicon } from './lexicon.js';
import type { HeadlineCue } from './analyze.js';
import { fold } from '../../text/fold.js';
import { ELISION, type Token } from './tokens.js';

const BODY_TOKEN_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const UPPER_RE = /^\p{Lu}/u;

/** The token at `at` opens a sentence or a quotation (a capital there says nothing about names). */
function sentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && k >= at - 3 && /\s/.test(text[k]!)) k--;
  return k >= 0 && k >= at - 3 && '.!?:«“"'.includes(text[k]!);
}

type RawCue = Omit<HeadlineCue, 'message' | 'quote'>;

/** The body must be at least this long (words) for its silence about a headline word to mean anything. */
export const MIN_BODY_WORDS = 60;
const ENTITY_WEIGHT = 0.5;
const COMMON_WEIGHT = 0.25;
const COMMON_CAP = 0.5;
const BARELY_WEIGHT = 0.3;
/** Below FRAMED_AT: the body's silence alone never frames a headline (the parser may have taken a byline for it). */
const SUPPORT_CAP = 0.9;

interface Part {
  /** Folded, elision removed. */
  t: string;
  raw: string;
  start: number;
  end: number;
  entity: boolean;
  /** Index of the run of adjacent content words it belongs to. */
  run: number;
}


/**
 * Headline–body support: which content words and names of the headline does the body never take up?
 * Names (capitalised words, hyphenated name lists) must appear in the body, allowing plurals and
 * demonyms ("Cuba" → "cubain"); common words may be inflected. A name mentioned once in a long body,
 * when another name of the headline fills it, is "barely mentioned". Offsets index into `headline`.
 */
export function checkSupport(
  lex: Lexicon,
  headline: string,
  tokens: Token[],
  body: string,
  titleCase: boolean,
  /** Spans already explained by another cue (a loaded word, a clickbait phrase): not claims to check. */
  skip: { start: number; end: number }[] = [],
): RawCue[] {
  // One allocation-light pass over the body (it may be megabytes): word counts, and the words written with a
  // capital in mid-sentence (names).
  const folded = fold(body);
  const counts = new Map<string, number>();
  const capsMid = new Set<string>();
  let i = 0;
  BODY_TOKEN_RE.lastIndex = 0;
  for (let m = BODY_TOKEN_RE.exec(folded); m; m = BODY_TOKEN_RE.exec(folded)) {
    const tok = m[0];
    const at = m.index;
    const el = tok.includes("'") ? (ELISION.exec(tok)?.[0].length ?? 0) : 0;
    const c = body.charCodeAt(at + el);
    const capital = ((c >= 65 && c <= 90) || (c > 127 && UPPER_RE.test(body[at + el]!))) && i > 0 && !sentenceStart(body, at);
    if (tok.includes('-')) {
      for (const p of tok.split('-').map((x) => x.replace(ELISION, ''))) {
        counts.set(p, (counts.get(p) ?? 0) + 1);
        if (capital) capsMid.add(p);
      }
    } else {
      const p = el ? tok.slice(el) : tok;
      counts.set(p, (counts.get(p) ?? 0) + 1);
      if (capital) capsMid.add(p);
    }
    i++;
  }
  if (i < MIN_BODY_WORDS) return [];
  const vocab = [...counts.keys()];

  // Content words of the headline, grouped into runs split by stopwords and punctuation.
  const parts: Part[] = [];
  let run = 0;
  let prevEnd = -1;
  const clauseStarts = new Set<number>([tokens[0]?.start ?? 0]);
  for (const m of headline.matchAll(/[:|.!?¿;—–«“"]\s*|\s-\s/g)) {
    const next = tokens.find((t) => t.start >= m.index! + m[0].length);
    if (next) clauseStarts.add(next.start);
  }
  for (const tok of tokens) {
    const split = tok.t.split('-');
    const rawSplit = tok.raw.split('-');
    const capsParts = rawSplit.filter((r) => /^\p{Lu}/u.test(r.replace(ELISION, ''))).length;
    let off = 0;
    for (let k = 0; k < split.length; k++) {
      const piece = split[k]!;
      const rawPiece = rawSplit[k] ?? piece;
      const start = tok.start + off;
      off += piece.length + 1;
      const el = ELISION.exec(piece)?.[0].length ?? 0;
      const t = piece.slice(el);
      const raw = rawPiece.slice(el);
      const skipped = skip.some((x) => start + el < x.end && x.start < start + piece.length);
      const isContent = !skipped && t.length >= 3 && !/^\d+$/.test(t) && !lex.set.stopwords.has(t) && !lex.set.wh.has(t) && !lex.set.aux.has(t) && !lex.set.direct.has(t) && !lex.set.timeWords.has(t);
      if (!isContent) {
        run++;
        continue;
      }
      if (prevEnd >= 0 && /[^\s'’-]/.test(headline.slice(prevEnd, start + el))) run++;
      const caps = /^\p{Lu}/u.test(raw);
      const acronym = /^\p{Lu}{2,}$/u.test(raw);
      const initial = k === 0 && clauseStarts.has(tok.start);
      const entity = acronym || (caps && ((!titleCase && !initial) || capsParts >= 2 || capsMid.has(t)));
      parts.push({ t, raw, start: start + el, end: start + piece.length, entity, run });
      prevEnd = start + piece.length;
    }
  }

  const entityCount = (e: string) => {
    let n = 0;
    for (const [w, c] of counts) {
      if (w === e || w === `${e}s` || e === `${w}s` || demonym(e, w)) n += c;
    }
    return n;
  };
  const commonFound = (c: string) =>
    counts.has(c) ||
    vocab.some((w) => {
      if (w === `${c}s` || c === `${w}s` || w === `${c}x` || c === `${w}x` || w === `${c}es` || c === `${w}es`) return true;
      const min = Math.min(w.length, c.length);
      let p = 0;
      while (p < min && w[p] === c[p]) p++;
      return p >= 5 && p >= min - 3 && min / Math.max(w.length, c.length) >= 0.6;
    });

  const out: RawCue[] = [];
  const missing = new Map<number, Part[]>();
  const mentions = parts.filter((p) => p.entity).map((p) => ({ p, n: entityCount(p.t) }));
  for (const p of parts) {
    const ok = p.entity ? (mentions.find((m) => m.p === p)?.n ?? 0) > 0 : commonFound(p.t);
    if (!ok) missing.set(p.run, [...(missing.get(p.run) ?? []), p]);
  }
  let common = 0;
  for (const [r, miss] of missing) {
    const runParts = parts.filter((p) => p.run === r);
    const start = runParts[0]!.start;
    const end = runParts[runParts.length - 1]!.end;
    let w = 0;
    for (const m of miss) {
      if (m.entity) w += ENTITY_WEIGHT;
      else {
        const add = Math.min(COMMON_WEIGHT, COMMON_CAP - common);
        common += add;
        w += add;
      }
    }
    if (w <= 0) continue;
    const single = miss.length === 1 && runParts.length === 1 && miss[0]!.entity;
    out.push({
      type: 'unsupported',
      form: single ? 'unsupported-entity' : 'unsupported-phrase',
      start,
      end,
      weight: w,
      data: { words: miss.map((m) => m.raw).join(', ') },
    });
  }
  // A name the headline puts forward that the body mentions only once, while it dwells on another name.
  if (i >= 150 && mentions.some((m) => m.n >= 3)) {
    let barely = 0;
    for (const m of mentions) {
      if (m.n !== 1 || barely >= 2 * BARELY_WEIGHT) continue;
      barely += BARELY_WEIGHT;
      out.push({ type: 'unsupported', form: 'barely-mentioned', start: m.p.start, end: m.p.end, weight: BARELY_WEIGHT, data: { mentions: 1 } });
    }
  }
  // Cap the total: the support check strengthens other cues but never frames a headline on its own.
  let total = 0;
  for (const c of out) {
    c.weight = Math.max(0, Math.min(c.weight, SUPPORT_CAP - total));
    total += c.weight;
  }
  return out.filter((c) => c.weight > 0);
}

/** "Cuba" → "cubain(e)(s)", "Chine" → "chinois", "Iran" → "iranien": a name and its adjective share all but its last letter. */
function demonym(name: string, word: string): boolean {
  if (name.length < 4 || word.length <= name.length || word.length - name.length > 5) return false;
  let p = 0;
  while (p < name.length && name[p] === word[p]) p++;
  return p >= Math.max(4, name.length - 1);
}
