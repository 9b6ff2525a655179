/**
 * Sentence segmentation, one block at a time, hand-rolled and linear (Intl.Segmenter is quadratic on long
 * strings in Node 20, and it splits after "M." or "U.S."). A boundary is sentence punctuation (. ! ? …),
 * optionally followed by closing quotes/brackets, then whitespace, then something that can open a
 * sentence (an upper-case letter, a digit, an opening quote or bracket, a dash, ¿ ¡).
 *
 * Not a boundary: abbreviations ("M.", "Mme", "Dr.", "U.S.", "EE.UU.", "Sr.", "etc." before a lower-case
 * word), initials ("J. Smith", "J.-C."), decimals ("3.5" — no space), and punctuation inside a quotation
 * that closes later in the same block (« Il est parti. Il reviendra », a-t-il dit. is one sentence).
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end a sentence (lower-case, without the final period). */
export const ABBREVIATIONS = new Set(
  [
    // titles fr/en/es
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'dr', 'drs', 'pr', 'prof', 'mr', 'mrs', 'ms', 'messrs', 'st', 'ste',
    'sr', 'sra', 'sres', 'srta', 'srs', 'd', 'dña', 'dna', 'ud', 'uds', 'vd', 'vds', 'excmo', 'excma', 'ilmo', 'lic', 'ing', 'arq',
    'gen', 'gén', 'gral', 'col', 'lt', 'cpt', 'capt', 'cmdr', 'sgt', 'adm', 'rep', 'sen', 'gov', 'pres', 'rev', 'hon', 'jr', 'sr', 'fr',
    // common abbreviations
    'etc', 'cf', 'vs', 'no', 'nos', 'nº', 'n°', 'núm', 'num', 'art', 'arts', 'al', 'approx', 'env', 'av', 'ap', 'vol', 'p', 'pp', 'ch', 'chap',
    'fig', 'éd', 'ed', 'eds', 'inc', 'corp', 'ltd', 'co', 'cie', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'bd', 'ctra', 'pág', 'pag',
    'tel', 'tél', 'ej', 'ex', 'e.g', 'i.e', 'a.m', 'p.m', 'op', 'cit', 'ibid', 'min', 'max', 'est', 'mt', 'ft', 'km', 'kg', 'hab',
    // months
    'jan', 'janv', 'feb', 'févr', 'fevr', 'fév', 'mar', 'apr', 'avr', 'jun', 'jul', 'juil', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'déc',
    'ene', 'abr', 'ago', 'dic',
  ].map((s) => s.toLowerCase()),
);

/** Abbreviations like "etc." that often do end a sentence: a boundary only when a capitalised word follows. */
const SOFT_ABBREVIATIONS = new Set(['etc', 'est', 'al', 'no', 'ex', 'min', 'max', 'mar', 'fr', 'co', 'ed', 'p']);

const OPEN_QUOTES: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‘': '’', '"': '"', '‹': '›' };
const CLOSERS = new Set(['»', '”', '"', '’', ')', ']', '›', "'"]);
const TERMINALS = new Set(['.', '!', '?', '…', '‼', '⁇', '。']);
const SPACE = /[\s\u00a0\u202f\u2007]/;
const STARTER = /[\p{Lu}\p{N}«“"‘„¿¡(\[—–-]/u;
const LETTER = /\p{L}/u;

/**
 * Sentences of text[start, end) (a block), as spans into `text`, trimmed of surrounding whitespace.
 * Linear in the block's length.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  const closeAt = quoteCloseMap(text, start, end);
  let sentStart = start;
  // Only look at candidate characters: sentence punctuation, newlines and opening quotes.
  // Scan the block only (a search from `start` over the whole text would run on to the next match far away).
  const block = text.slice(start, end);
  const CAND = /[.!?…‼⁇。\n«“„‘"‹]/g;
  for (let m = CAND.exec(block); m; m = CAND.exec(block)) {
    const i = start + m.index;
    const c = m[0];
    const close = closeAt.get(i);
    if (close !== undefined) {
      // Skip over a quotation that closes inside this block: its inner punctuation does not end our sentence…
      CAND.lastIndex = close - start;
      // …unless it ends with its own sentence punctuation and a new sentence follows: « Nous partirons. » Le…
      let q = close - 2;
      while (q > start && SPACE.test(text[q]!)) q--;
      const p = text[q];
      if (p !== undefined && q > start && TERMINALS.has(p)) {
        let k = close;
        while (k < end && SPACE.test(text[k]!)) k++;
        if (k < end && k > close && isBoundary(text, start, q, p, k) && /[\p{Lu}«“"¿¡—–]/u.test(text[k]!)) {
          pushTrimmed(text, sentStart, close, out);
          sentStart = k;
          CAND.lastIndex = k - start;
        }
      }
      continue;
    }
    if (!TERMINALS.has(c) && c !== '\n') continue;
    let j = i + 1;
    if (c !== '\n') while (j < end && (TERMINALS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    // Need whitespace next (or the end of the block).
    let k = j;
    while (k < end && SPACE.test(text[k]!)) k++;
    if (k >= end) break;
    if (c === '\n' || (k > j && isBoundary(text, start, i, c, k))) {
      pushTrimmed(text, sentStart, j, out);
      sentStart = k;
      CAND.lastIndex = k - start;
      continue;
    }
    CAND.lastIndex = j - start;
  }
  pushTrimmed(text, sentStart, end, out);
  return out;
}

function isBoundary(text: string, blockStart: number, at: number, c: string, next: number): boolean {
  const n = text[next]!;
  if (!STARTER.test(n)) return false;
  if (c !== '.') return true;
  // The word before the period.
  let w = at;
  while (w > blockStart && /[\p{L}\p{M}.'°º]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, at);
  if (!word) return true;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  const bare = lower.replace(/\./g, '');
  // Initials: "J." / "J.-C." / single upper-case letter.
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted acronyms: U.S., U.K., EE.UU., a.m., J.-C.
  if (/\./.test(lower) && /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(lower)) {
    // "… by the U.S. The next …": a boundary only before a clear sentence opener.
    return isCommonOpener(text, next);
  }
  if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(bare)) {
    if (SOFT_ABBREVIATIONS.has(bare)) return /\p{Lu}/u.test(n) && isCommonOpener(text, next);
    return false;
  }
  return true;
}

const OPENERS = new Set(
  'the a an he she it they we i in on at but and this that these those his her their its there after before when while as if le la les il elle ils elles on nous je un une des ce cette ces mais et dans en au aux à selon après avant lors pour el los las lo él ella ellos ellas nosotros yo una unos unas este esta estos estas pero y en según tras durante para con'.split(' '),
);

function isCommonOpener(text: string, at: number): boolean {
  let e = at;
  while (e < text.length && LETTER.test(text[e]!)) e++;
  return OPENERS.has(text.slice(at, e).toLowerCase());
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}

/**
 * For each opening quote in [start, end) that closes inside the block (and within 1,500 chars), the
 * index just past its closing mark. Straight quotes pair left to right. Apostrophes (’ after a letter)
 * are never quotes. Linear: one pass with a stack.
 */
function quoteCloseMap(text: string, start: number, end: number): Map<number, number> {
  const map = new Map<number, number>();
  const stack: { at: number; close: string }[] = [];
  const block = text.slice(start, end);
  const QUOTE = /[«»“”„‘’"‹›]/g;
  for (let m = QUOTE.exec(block); m; m = QUOTE.exec(block)) {
    const i = start + m.index;
    const c = m[0];
    const top = stack[stack.length - 1];
    if (top && c === top.close && !(c === '’' && LETTER.test(text[i + 1] ?? '') && LETTER.test(text[i - 1] ?? ''))) {
      stack.pop();
      if (i + 1 - top.at <= 1500) map.set(top.at, i + 1);
      continue;
    }
    const close = OPEN_QUOTES[c];
    if (close === undefined) continue;
    if (c === '‘' && LETTER.test(text[i - 1] ?? '')) continue;
    if (c === '"' && LETTER.test(text[i - 1] ?? '')) continue; // a closing straight quote with no opener (or 12")
    stack.push({ at: i, close });
    if (stack.length > 8) stack.shift();
  }
  return map;
}
