/**
 * Quotations in a block, in every convention news text uses — « … » (with or without NBSP), “ … ”, „ … “,
 * " … ", ‘ … ’, ‹ … › and em-dash dialogue (— Es imposible —dijo el ministro—.) — and, when the text
 * says so, who is speaking: "…”, a-t-il indiqué", "the minister said: “…”", "«…», afirmó Pérez".
 * One linear pass per block; apostrophes (l’Iran, don’t) are never taken for quotation marks.
 */
import { fold } from './fold.js';

export type QuoteStyle = 'guillemets' | 'curly' | 'low' | 'straight' | 'single' | 'angle' | 'dash';

export interface Speaker {
  start: number;
  end: number;
  text: string;
  /** The reporting verb that ties the speaker to the quote, when one was found. */
  verb?: { start: number; end: number; text: string };
  /** Where the speaker was found relative to the quotation. */
  position: 'before' | 'after' | 'incise';
}

export interface Quote {
  /** Span including the quotation marks. */
  start: number;
  end: number;
  /** Span of the quoted words only. */
  innerStart: number;
  innerEnd: number;
  style: QuoteStyle;
  /** Number of words quoted: 1–3 is usually a scare quote or a term, not a statement. */
  words: number;
  speaker?: Speaker;
}

export interface QuoteOptions {
  /** Is this folded word a reporting verb form? Defaults to a small built-in fr/en/es list. */
  isReportingVerb?: (foldedWord: string) => boolean;
}

const PAIRS: Record<string, [string, QuoteStyle]> = {
  '«': ['»', 'guillemets'],
  '“': ['”', 'curly'],
  '„': ['“', 'low'],
  '"': ['"', 'straight'],
  '‘': ['’', 'single'],
  '‹': ['›', 'angle'],
};
const LETTER = /[\p{L}\p{N}]/u;

/** A small default list; the unsourced-claim detector passes its full lexicon. */
const DEFAULT_VERBS = new Set(
  'dit disent repondu replique indique declare affirme ajoute indique explique precise souligne repond replique estime assure annonce ecrit raconte confie rappelle insiste lance martele said says say told tells added adds stated explained noted insisted replied responded wrote warned argued claimed declared asserted dijo dice afirmo aseguro anadio agrego explico indico senalo sostuvo respondio declaro preciso insistio subrayo advirtio escribio'.split(
    ' ',
  ),
);

/** Every quotation in text[start, end), in order (nested quotes are not reported separately). */
export function findQuotes(text: string, start = 0, end = text.length, options: QuoteOptions = {}): Quote[] {
  const isVerb = options.isReportingVerb ?? ((w: string) => DEFAULT_VERBS.has(w));
  const out: Quote[] = [];
  let open: { at: number; close: string; style: QuoteStyle } | null = null;
  const block = text.slice(start, end);
  const QUOTE = /[«“„"‘‹»”’›]/g;
  for (let mm = QUOTE.exec(block); mm; mm = QUOTE.exec(block)) {
    const i = start + mm.index;
    const c = mm[0];
    if (open) {
      if (c !== open.close) continue;
      // ’ between two letters is an apostrophe, not the end of a ‘…’ quotation.
      if (c === '’' && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) continue;
      if (c === '"' && LETTER.test(text[i + 1] ?? '')) continue;
      out.push(makeQuote(text, open.at, i + 1, open.style));
      open = null;
      continue;
    }
    const pair = PAIRS[c];
    if (!pair) continue;
    if ((c === '‘' || c === '"') && LETTER.test(text[i - 1] ?? '')) continue;
    // Only open when a closing mark follows in this block within a reasonable distance.
    const closeAt = text.slice(i + 1, Math.min(end, i + 2001)).indexOf(pair[0]);
    if (closeAt < 0) continue;
    open = { at: i, close: pair[0], style: pair[1] };
  }
  // Em-dash dialogue: a block opening with a dash is a quoted turn (es/fr), with optional incises.
  const lead = skipSpace(text, start, end);
  if (out.length === 0 && (text[lead] === '—' || text[lead] === '―' || (text[lead] === '–' && /\s/.test(text[lead + 1] ?? '')))) {
    out.push(dashQuote(text, lead, end, isVerb));
  }
  for (const q of out) if (!q.speaker) q.speaker = findSpeaker(text, q, start, end, isVerb);
  return out;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /[\s\u00a0\u202f]/.test(text[i]!)) i++;
  return i;
}

function makeQuote(text: string, start: number, end: number, style: QuoteStyle): Quote {
  let innerStart = start + 1;
  let innerEnd = end - 1;
  while (innerStart < innerEnd && /[\s\u00a0\u202f]/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /[\s\u00a0\u202f]/.test(text[innerEnd - 1]!)) innerEnd--;
  return { start, end, innerStart, innerEnd, style, words: countWords(text.slice(innerStart, innerEnd)) };
}

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** "— Es imposible —dijo el ministro—. Lo sabemos." → the whole turn, speaker from the incise. */
function dashQuote(text: string, at: number, end: number, isVerb: (w: string) => boolean): Quote {
  const q = makeQuote(text, at, end + 1, 'dash');
  q.end = end;
  q.innerEnd = Math.max(q.innerStart, end);
  // Incise: " —dijo X—" or " —dijo X." inside the turn.
  const re = /\s[—–―]\s?([\p{L}][^—–―\n]{1,80}?)(?:[—–―]|[.]\s|$)/gu;
  re.lastIndex = at + 1;
  for (let m = re.exec(text.slice(0, end)); m; m = re.exec(text.slice(0, end))) {
    const inciseStart = m.index + m[0].indexOf(m[1]!);
    const words = wordsIn(text, inciseStart, inciseStart + m[1]!.length);
    const v = words.findIndex((w) => isVerb(w.folded));
    if (v >= 0) {
      const who = words.slice(v + 1).filter((w) => !/^[,.;:]$/.test(w.text));
      const verb = words[v]!;
      const sp = who.length ? { start: who[0]!.start, end: who[who.length - 1]!.end } : { start: verb.start, end: verb.end };
      q.speaker = { ...sp, text: text.slice(sp.start, sp.end), verb: { start: verb.start, end: verb.end, text: verb.text }, position: 'incise' };
      break;
    }
    if (re.lastIndex <= m.index) re.lastIndex = m.index + 1;
  }
  return q;
}

interface Word {
  start: number;
  end: number;
  text: string;
  folded: string;
}

function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], folded: fold(m[0]) });
  }
  return out;
}

const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'he', 'she', 'they', 'we', 'i', 'el', 'ella', 'ellos', 'ellas']);
const STOP_AFTER = /^(?:que|that|qu|to|a|à|au|aux|en|in|on|dans|por|para|de|del|lors|when|while|cuando|mientras|after|après|tras|avant|before|antes|hier|aujourd|yesterday|today|ayer|hoy|ce|this|este|esta|le|el|la|the|sur|sobre|about)$/i;

/**
 * The speaker of a quotation: after it (`”, a-t-il indiqué`, `", the minister said`, `», afirmó Pérez`)
 * or before it in the same sentence (`X a répondu : “…`, `X said: "…`).
 */
function findSpeaker(text: string, q: Quote, blockStart: number, blockEnd: number, isVerb: (w: string) => boolean): Speaker | undefined {
  // After: up to the next sentence punctuation or 100 chars.
  let stop = q.end;
  while (stop < blockEnd && stop - q.end < 100 && !/[.!?;«“"\n]/.test(text[stop]!)) stop++;
  const after = wordsIn(text, q.end, stop).slice(0, 9);
  const inverted = /^[\s\u00a0,]*[-–—]?\s*[\p{L}]+-t-(il|elle|on)\b|^[\s\u00a0,]*[-–—]?\s*(?:a|ont|avait|avaient)-(il|elle|ils|elles)\b/u.exec(text.slice(q.end, stop));
  const va = after.findIndex((w) => isVerb(w.folded));
  if (inverted) {
    const pron = inverted[1] ?? inverted[2]!;
    const at = q.end + inverted.index + inverted[0].lastIndexOf(pron);
    const verb = after.find((w) => isVerb(w.folded) && w.start >= q.end) ?? after[0];
    return { start: at, end: at + pron.length, text: pron, position: 'after', ...(verb ? { verb: { start: verb.start, end: verb.end, text: verb.text } } : {}) };
  }
  const joined = /^[\s\u00a0]*[,—–-]/.test(text.slice(q.end, after[0]?.start ?? q.end)) || /[,!?]$/.test(text.slice(q.innerStart, q.innerEnd));
  if (va >= 0 && va <= 5 && joined) {
    const verb = after[va]!;
    // "…", said the minister  |  "…", the minister said  |  «…», afirmó Pérez
    let who: Word[] = [];
    if (va > 0) who = after.slice(0, va);
    else for (const w of after.slice(va + 1, va + 7)) {
      if (STOP_AFTER.test(w.folded) && who.length) break;
      who.push(w);
    }
    if (who.length === 0) who = [verb];
    const sp = { start: who[0]!.start, end: who[who.length - 1]!.end };
    return { ...sp, text: text.slice(sp.start, sp.end), verb: { start: verb.start, end: verb.end, text: verb.text }, position: 'after' };
  }
  // Before: the same sentence, back to a sentence end, at most 160 chars.
  let from = q.start;
  while (from > blockStart && q.start - from < 160 && !/[.!?»”\n]/.test(text[from - 1]!)) from--;
  const before = wordsIn(text, from, q.start);
  for (let k = before.length - 1; k >= Math.max(0, before.length - 4); k--) {
    const w = before[k]!;
    if (!isVerb(w.folded)) continue;
    // Subject: up to 6 words before the verb (skipping auxiliaries), or a pronoun.
    let s = k - 1;
    while (s >= 0 && /^(?:a|ont|avait|avaient|has|have|had|ha|han|habia|est|was|is|fue)$/.test(before[s]!.folded)) s--;
    const subj = before.slice(Math.max(0, s - 5), s + 1);
    // Cut at the last comma-separated clause.
    const lastComma = text.lastIndexOf(',', w.start);
    const subjWords = subj.filter((x) => x.start > lastComma || lastComma < from);
    const use = subjWords.length ? subjWords : subj;
    if (use.length === 0) continue;
    const sp = { start: use[0]!.start, end: use[use.length - 1]!.end };
    return { ...sp, text: text.slice(sp.start, sp.end), verb: { start: w.start, end: w.end, text: w.text }, position: 'before' };
  }
  // "…" — Name (a credit-like speaker after a dash), or a pronoun subject just after.
  if (after.length && PRONOUNS.has(after[0]!.folded) && va >= 0 && va <= 2) {
    const verb = after[va]!;
    return { start: after[0]!.start, end: after[0]!.end, text: after[0]!.text, verb: { start: verb.start, end: verb.end, text: verb.text }, position: 'after' };
  }
  return undefined;
}
