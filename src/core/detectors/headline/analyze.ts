import type { Lang } from '../../model/article.js';
import { localize } from '../../i18n.js';
import { loadLexicon, type Lexicon, type Technique, type Term } from './lexicon.js';
import { cueTemplate, type CueForm } from './messages.js';
import { checkSupport } from './support.js';
import { tokenize, unelide, type Token } from './tokens.js';

export { tokenize } from './tokens.js';

/** One framing cue in a headline. Offsets index into the headline text given to analyzeHeadline. */
export interface HeadlineCue {
  /** The persuasion technique the cue is named after. */
  type: Technique;
  /** How it was found (question, lexicon hit, scare quotes…). */
  form: CueForm;
  start: number;
  end: number;
  quote: string;
  /** Strength of this cue (after caps), 0..1.2. */
  weight: number;
  /** Explanation in the message language. */
  message: string;
  /** The lexicon list a lexicon hit came from, words the body lacks, etc. */
  data?: Record<string, string | number>;
}

export interface HeadlineAnalysis {
  text: string;
  lang: Lang;
  /** 'yes-no' (polar question), 'wh' (explainer question) or null. */
  question: 'yes-no' | 'wh' | null;
  cues: HeadlineCue[];
  /** Sum of the cue weights; framed when ≥ FRAMED_AT. */
  score: number;
  framed: boolean;
}

export interface HeadlineOptions {
  /** Language of the cue messages (default: `lang`). */
  messageLang?: Lang;
  /** The article body: enables the headline–body support check. */
  body?: string;
}

/** A headline is framed when its cues weigh at least this much (one strong cue, or several weak ones). */
export const FRAMED_AT = 1;
/** …of which at least this much from framing cues proper (not from the headline–body support check). */
export const MIN_FRAMING = 0.6;
/** …or one cue at least this strong (an emotive word, name calling, insinuation — not a weak subjectivity word). */
export const STRONG_CUE = 0.5;

/** Per-list caps: a list contributes at most this many times its weight. */
const LIST_CAP = 2;
/** Weak clickbait teasers ("how to", "tips") add up to at most this. */
const TEASER_CAP = 0.5;

/** Analyse a headline (loads the lexicon of `lang` once). */
export async function analyzeHeadline(text: string, lang: Lang, options: HeadlineOptions = {}): Promise<HeadlineAnalysis> {
  return analyzeHeadlineWith(await loadLexicon(lang), text, options);
}

/** Analyse a headline with an already-loaded lexicon. Pure and synchronous. */
export function analyzeHeadlineWith(lex: Lexicon, text: string, options: HeadlineOptions = {}): HeadlineAnalysis {
  const mlang = options.messageLang ?? lex.lang;
  const tokens = tokenize(text);
  const quotes = findQuotes(text);
  const inQuote = (s: number, e: number) => quotes.find((q) => s >= q.innerStart && e <= q.innerEnd);
  const titleCase = isTitleCase(tokens);
  const raw: Omit<HeadlineCue, 'message' | 'quote'>[] = [];
  const add = (c: Omit<HeadlineCue, 'message' | 'quote'>) => raw.push(c);

  // 1. Lexicon hits (longest, strongest first; no overlaps).
  const hits = matchLexicon(lex, tokens);
  const speculation = hits.filter((h) => h.term.list === 'speculation');
  const used: { start: number; end: number }[] = [];
  const perList = new Map<string, number>();
  for (const h of hits.filter((h) => h.term.list !== 'speculation').sort((a, b) => b.term.weight - a.term.weight || b.end - b.start - (a.end - a.start))) {
    if (used.some((u) => h.start < u.end && u.start < h.end)) continue;
    used.push(h);
    const q = inQuote(h.start, h.end);
    let w = h.term.weight * (q ? 0.5 : 1);
    const cap = h.term.list === 'teaser' ? TEASER_CAP : h.term.weight * LIST_CAP;
    const sofar = perList.get(h.term.list) ?? 0;
    w = Math.min(w, Math.max(0, cap - sofar));
    perList.set(h.term.list, sofar + w);
    if (w <= 0) continue;
    const form: CueForm = h.term.technique === 'clickbait' ? 'clickbait-phrase' : 'lexicon';
    add({ type: h.term.technique, form, start: h.start, end: h.end, weight: w, data: { list: h.term.list } });
  }
  // Structural cues are not counted twice when a strong clickbait phrase already covers them.
  const covered = (s: number, e: number) => raw.some((c) => s < c.end && c.start < e && c.data?.list === 'clickbait');

  // 2. Questions: polar (yes/no) questions frame; explainer (wh-) questions do not.
  const question = findQuestion(lex, text, tokens, titleCase);
  if (question?.kind === 'yes-no') {
    const spec = speculation.some((h) => h.start >= question.start && h.end <= question.end);
    add({
      type: 'doubt',
      form: spec ? 'speculative-question' : 'yes-no-question',
      start: question.start,
      end: question.end,
      weight: (question.explicit ? 1 : 0.8) + (spec ? 0.2 : 0),
    });
  }

  // A wh-question whose own words insinuate or load ("What is X hiding?", "¿Qué esconde…?") is a loaded
  // question, not an explainer.
  if (question?.kind === 'wh' && question.explicit) {
    const loaded = raw.some((c) => c.form === 'lexicon' && c.start >= question.start && c.end <= question.end && LOADING.has(c.type) && c.data?.list !== 'subjective');
    if (loaded) add({ type: 'doubt', form: 'loaded-question', start: question.start, end: question.end, weight: 0.5 });
  }

  // 3. Clickbait forms: numbered teasers, direct address, forward reference.
  const first = tokens[0] && ['the', 'les', 'los', 'las', 'these', 'ces', 'estos', 'estas'].includes(tokens[0].t) ? 1 : 0;
  const num = tokens[first];
  if (num && isTeaserNumber(lex, num, text)) {
    const rest = tokens.slice(first + 1, first + 5);
    const listy = rest.find((t) => lex.set.listNouns.has(t.t));
    const windowEnd = rest[rest.length - 1]?.end ?? num.end;
    // A list number is a teaser when a list noun, a relative clause ("…that will…"), an emotive or
    // exaggerating word, or the reader ("you") comes with it.
    const strongList = new Set(['emotive', 'exaggeration', 'superlative']);
    const emotive =
      raw.some((c) => c.form === 'lexicon' && (strongList.has(String(c.data?.list)) || (c.start < windowEnd && c.data?.list === 'subjective'))) ||
      rest.some((t) => RELATIVE.has(t.t)) ||
      tokens.some((t) => (lex.set.direct.has(t.t) || lex.set.firstPerson.has(t.t)) && !inQuote(t.start, t.end) && t.raw !== 'US');
    if (listy || emotive) {
      const endTok = listy ?? rest[rest.length - 1] ?? num;
      add({ type: 'clickbait', form: 'numbered-teaser', start: num.start, end: endTok.end, weight: 1 });
    } else add({ type: 'clickbait', form: 'numbered-teaser', start: num.start, end: num.end, weight: 0.3 });
  }
  const you = tokens.find((t) => lex.set.direct.has(t.t) && !inQuote(t.start, t.end));
  if (you && !covered(you.start, you.end)) add({ type: 'clickbait', form: 'direct-address', start: you.start, end: you.end, weight: 0.6 });
  const me = tokens.find((t) => lex.set.firstPerson.has(t.t) && !inQuote(t.start, t.end) && (t.raw === 'I' || t.raw !== t.raw.toUpperCase()));
  if (me && !covered(me.start, me.end)) add({ type: 'clickbait', form: 'first-person', start: me.start, end: me.end, weight: 0.5 });
  // Without a body nobody can tell whether an explainer question is answered: a wh-opening then only
  // counts as a weak forward reference (Blom & Hansen 2015). With a body, the support check decides.
  if (!options.body && question?.kind === 'wh' && !covered(question.start, question.end)) {
    const w = tokens.find((t) => t.start >= question.start);
    if (w) add({ type: 'clickbait', form: 'forward-reference', start: w.start, end: w.end, weight: 0.4 });
  }
  const fwd = forwardReference(lex, text, tokens);
  if (fwd && !covered(fwd.start, fwd.end)) add({ type: 'clickbait', form: 'forward-reference', start: fwd.start, end: fwd.end, weight: 0.7 });

  // 4. Typography: scare quotes, ALL CAPS, exclamation marks.
  const reported = tokens.some((t) => lex.set.reportingVerbs.has(t.t)) || /[:：]\s*$/.test(text.slice(0, quotes[0]?.start ?? 0));
  for (const q of quotes) {
    if (q.words < 1 || q.words > 3 || reported) continue;
    const inner = text.slice(q.innerStart, q.innerEnd);
    const innerToks = tokenize(inner);
    // A quoted title or name ("Les Misérables", "Star Wars") in a sentence-case headline is not a scare quote.
    if (!titleCase && innerToks.length > 1 && innerToks.every((t) => /^\p{Lu}/u.test(t.raw))) continue;
    add({ type: 'doubt', form: 'scare-quotes', start: q.innerStart, end: q.innerEnd, weight: titleCase ? 0.3 : 0.5 });
  }
  for (const span of shouting(lex, text, tokens)) {
    if (!covered(span.start, span.end)) add({ type: 'loaded-language', form: 'all-caps', start: span.start, end: span.end, weight: 0.6 });
    else add({ type: 'loaded-language', form: 'all-caps', start: span.start, end: span.end, weight: 0.3 });
  }
  const bang = /!+\??|\?!+/u.exec(text);
  if (bang && !inQuote(bang.index, bang.index + 1)) {
    add({ type: 'loaded-language', form: 'exclamation', start: bang.index, end: bang.index + bang[0].length, weight: bang[0].length > 1 ? 0.6 : 0.4 });
  }

  // 5. Headline–body support.
  if (options.body) {
    const skip = raw.filter((c) => c.form === 'lexicon' || c.form === 'clickbait-phrase' || c.form === 'direct-address' || c.form === 'forward-reference');
    for (const c of checkSupport(lex, text, tokens, options.body, titleCase, skip)) add(c);
  }

  // A weak teaser phrase inside a structural clickbait cue (direct address, forward reference…) says nothing more.
  const structural = raw.filter((c) => c.type === 'clickbait' && c.form !== 'clickbait-phrase');
  const kept = raw.filter((c) => !(c.data?.list === 'teaser' && structural.some((x) => c.start < x.end && x.start < c.end)));
  const cues: HeadlineCue[] = kept
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((c) => {
      const quote = text.slice(c.start, c.end);
      const data: Record<string, string | number> = { quote, ...(c.data ?? {}) };
      // "coalition, Résistance" → « coalition », « Résistance » inside the template's own quotation marks.
      if (typeof c.data?.words === 'string') data.words = c.data.words.split(', ').join(WORD_JOIN[mlang]);
      return { ...c, weight: round(c.weight), quote, message: localize(cueTemplate(c.form, c.type), mlang, data) };
    });
  const score = round(cues.reduce((s, c) => s + c.weight, 0));
  // The body's silence only strengthens real framing cues: a plain paraphrasing headline ("Rail strike set to halt
  // most services") with two weak words and unrepeated verbs is not framed.
  const own = cues.filter((c) => c.type !== 'unsupported');
  const framing = round(own.reduce((s, c) => s + c.weight, 0));
  const enough = framing >= MIN_FRAMING || own.some((c) => c.weight >= STRONG_CUE);
  return { text, lang: lex.lang, question: question?.kind ?? null, cues, score, framed: score >= FRAMED_AT && enough };
}

const WORD_JOIN: Record<Lang, string> = { fr: ' », « ', en: '”, “', es: '», «' };
const LOADING = new Set<Technique>(['doubt', 'loaded-language', 'name-calling', 'appeal-to-fear']);
const RELATIVE = new Set(['that', 'who', 'which', 'qui', 'que', 'qu', 'dont', 'whose', 'que', 'quienes']);

const round = (n: number) => Math.round(n * 100) / 100;

/** Most words of 4+ letters capitalised: English title case, where capitals say nothing about names. */
export function isTitleCase(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.raw.length >= 4 && /^\p{L}/u.test(t.raw));
  if (long.length < 3) return false;
  return long.filter((t) => /^\p{Lu}/u.test(t.raw)).length / long.length >= 0.8;
}

interface Hit {
  term: Term;
  start: number;
  end: number;
}

function matchLexicon(lex: Lexicon, tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  const eq = (tok: string, p: { text: string; prefix: boolean }) => (p.prefix ? tok.startsWith(p.text) : tok === p.text);
  const tryAt = (i: number, variants: string[]) => {
    const cands = new Set<Term>();
    for (const v of variants) for (const t of lex.byFirst.get(v) ?? []) cands.add(t);
    for (const t of lex.prefixFirst) if (variants.some((v) => v.startsWith(t.tokens[0]!.text))) cands.add(t);
    for (const term of cands) {
      if (!variants.some((v) => eq(v, term.tokens[0]!))) continue;
      let ok = true;
      for (let j = 1; j < term.tokens.length; j++) {
        const tok = tokens[i + j];
        if (!tok || !(eq(tok.t, term.tokens[j]!) || eq(unelide(tok.t), term.tokens[j]!))) {
          ok = false;
          break;
        }
      }
      if (ok) hits.push({ term, start: tokens[i]!.start, end: tokens[i + term.tokens.length - 1]!.end });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const variants = [...new Set([tok.t, unelide(tok.t)])];
    tryAt(i, variants);
    // Parts of hyphenated words ("ultra-riche", "Latine-Résistance") match single-word terms.
    if (tok.t.includes('-')) {
      let off = 0;
      for (const part of tok.t.split('-')) {
        const s = tok.start + off;
        off += part.length + 1;
        if (part === tok.t) continue;
        for (const term of [...(lex.byFirst.get(part) ?? []), ...lex.prefixFirst]) {
          if (term.tokens.length === 1 && eq(part, term.tokens[0]!) && !hits.some((h) => h.term === term && h.start <= s && h.end >= s + part.length)) {
            hits.push({ term, start: s, end: s + part.length });
          }
        }
      }
    }
  }
  return hits;
}

interface Quote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  words: number;
}

/** Quoted stretches: “…”, «…», "…", ‘…’ and '…' (a straight single quote only at word edges). */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const re = /“([^”]{1,200})”|«\s?([^»]{1,200}?)\s?»|"([^"]{1,200})"|‘([^’]{1,200})’|(?<![\p{L}\p{N}])'([^']{1,200})'(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const innerStart = m.index! + m[0].indexOf(inner);
    out.push({ start: m.index!, end: m.index! + m[0].length, innerStart, innerEnd: innerStart + inner.length, words: tokenize(inner).length });
  }
  return out;
}

interface Question {
  kind: 'yes-no' | 'wh';
  start: number;
  end: number;
  /** A question mark is there (not inferred from word order). */
  explicit: boolean;
}

const CLAUSE_BREAK = /[:|.!;—–]|\s-\s/g;

function findQuestion(lex: Lexicon, text: string, tokens: Token[], titleCase: boolean): Question | null {
  const q = text.lastIndexOf('?');
  if (q >= 0) {
    let start = 0;
    const inv = text.lastIndexOf('¿', q);
    if (inv >= 0) start = inv + 1;
    else for (const m of text.slice(0, q).matchAll(CLAUSE_BREAK)) start = m.index! + m[0].length;
    const toks = tokens.filter((t) => t.start >= start && t.end <= q);
    if (!toks.length) return null;
    // Trim to the clause's first word; include the opening ¿ when there is one.
    const s = inv >= 0 ? inv : toks[0]!.start;
    return { kind: isWh(lex, toks) ? 'wh' : 'yes-no', start: s, end: q + 1, explicit: true };
  }
  // Question marks stripped (headline lists): an English wh-opening is an explainer-or-teaser question.
  if (lex.set.aux.size && tokens[0] && isWh(lex, tokens) && !(tokens[0].t === 'how' && tokens[1]?.t === 'to')) {
    return { kind: 'wh', start: tokens[0].start, end: tokens[tokens.length - 1]!.end, explicit: false };
  }
  // An English clause opening with an inverted auxiliary
  // followed by a subject ("Should You…", "Is This…") is still a polar question.
  if (lex.set.aux.size) {
    let start = 0;
    for (const m of text.matchAll(CLAUSE_BREAK)) start = m.index! + m[0].length;
    const clauseStarts = [0, start];
    for (const cs of clauseStarts) {
      const toks = tokens.filter((t) => t.start >= cs);
      if (toks.length >= 3 && lex.set.aux.has(toks[0]!.t) && lex.set.auxFollowers.has(toks[1]!.t)) {
        // "Will Smith…" and friends: a capitalised name after "Will"/"May" in sentence case.
        if (!titleCase && /^\p{Lu}/u.test(toks[1]!.raw) && cs > 0) continue;
        return { kind: 'yes-no', start: toks[0]!.start, end: toks[toks.length - 1]!.end, explicit: false };
      }
    }
  }
  return null;
}

function isWh(lex: Lexicon, toks: Token[]): boolean {
  const a = toks[0]?.t ?? '';
  const two = `${a} ${toks[1]?.t ?? ''}`;
  if (a === 'what' && toks[1]?.t === 'if') return false; // "What if…" speculates
  if (lex.set.wh.has(a) || lex.set.wh.has(two) || lex.set.wh.has(unelide(a)) || /^qu'/.test(a)) return true;
  return lex.explainer.some((p) => p.every((w, i) => toks[i]?.t === w));
}

/** A leading number that promises a list ("10 things…"), not a year, a percentage or an amount. */
function isTeaserNumber(lex: Lexicon, tok: Token, text: string): boolean {
  if (lex.set.numberWords.has(tok.t)) return true;
  if (!/^\d{1,3}$/.test(tok.t)) return false;
  const after = text.slice(tok.end, tok.end + 12);
  return !/^\s?(%|[,.]\d|°|€|\$|£|h\b|km|m\b|kg|ans?\b|años?|years?|mil|million|milliards?|billion)/i.test(after);
}

function forwardReference(lex: Lexicon, text: string, tokens: Token[]): { start: number; end: number } | null {
  const starts = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) starts.push(m.index! + m[0].length);
  for (const cs of starts) {
    const toks = tokens.filter((t) => t.start >= cs);
    const a = toks[0];
    if (!a) continue;
    if (lex.explainer.some((p) => p.length > 1 && p.every((w, i) => toks[i]?.t === w))) continue;
    const phrase = lex.forwardPhrases.find((p) => p.every((w, i) => toks[i]?.t === w));
    if (phrase) return { start: a.start, end: toks[phrase.length - 1]!.end };
    if (lex.set.forward.has(a.t) && toks[1] && !lex.set.timeWords.has(toks[1].t) && !lex.set.timeWords.has(toks[2]?.t ?? '')) {
      return { start: a.start, end: a.end };
    }
  }
  return null;
}

/** Words in capitals that are not acronyms (NATO, ONU, EEUU…): the headline shouts. */
function shouting(lex: Lexicon, text: string, tokens: Token[]): { start: number; end: number }[] {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters.length || letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.7) return []; // the whole headline is in capitals: house style
  const loud = (t: Token) => {
    const bare = t.raw.replace(/^(?:[ldcjmnst]|qu|jusqu|lorsqu|puisqu)['’]/i, '');
    const w = bare.replace(/['’-]/g, '');
    if (!/^\p{Lu}+$/u.test(w) || w.length < 3) return false;
    if (lex.acronyms.has(w) || bare.split('-').every((p) => lex.acronyms.has(p))) return false;
    if (lex.byFirst.has(t.t)) return true;
    const vowels = w.replace(/[^AEIOUYÀÂÉÈÊËÎÏÔÛÙÜÁÍÓÚ]/gu, '').length;
    return w.length >= 5 && vowels / w.length >= 0.3;
  };
  const out: { start: number; end: number }[] = [];
  for (const t of tokens) {
    if (!loud(t)) continue;
    const last = out[out.length - 1];
    if (last && /^[\s'’,]*$/.test(text.slice(last.end, t.start))) last.end = t.end;
    else out.push({ start: t.start, end: t.end });
  }
  return out;
}
