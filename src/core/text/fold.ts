/**
 * Case- and diacritic-folding that keeps string length, so an index in the folded string is the same
 * index in the original: "Élysée" → "elysee", "Ñ" → "n". Characters whose folding would change the
 * length are only lower-cased when that keeps the length, else kept.
 */
export function fold(s: string): string {
  // Several detectors fold the same long article text: remember the last few long ones.
  if (s.length < 4096) return foldUncached(s);
  for (const m of memo) if (m.input.length === s.length && m.input === s) return m.output;
  const out = foldUncached(s);
  memo.unshift({ input: s, output: out });
  if (memo.length > 3) memo.pop();
  return out;
}
const memo: { input: string; output: string }[] = [];

function foldUncached(s: string): string {
  // Fast path: lower-case the whole string natively, then map only the non-ASCII characters (a few percent of
  // French or Spanish text) through a cache. Valid whenever lower-casing kept the length (almost always).
  const lower = s.toLowerCase();
  if (lower.length === s.length) {
    const n = lower.length;
    if (n < 256) return lower.replace(NON_ASCII_RE, foldChar);
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const code = lower.charCodeAt(i);
      codes[i] = code < 128 ? code : foldCode(code);
    }
    return UTF16.decode(codes);
  }
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]!);
  return out;
}

const NON_ASCII_RE = /[^\x00-\x7f]/g;
const UTF16 = new TextDecoder('utf-16le');
const codeCache = new Map<number, number>();
function foldCode(code: number): number {
  let f = codeCache.get(code);
  if (f === undefined) {
    // Lone surrogates pass through unchanged (astral characters keep both halves).
    f = code >= 0xd800 && code <= 0xdfff ? code : foldChar(String.fromCharCode(code)).charCodeAt(0);
    if (codeCache.size < 4096) codeCache.set(code, f);
  }
  return f;
}
const cache = new Map<string, string>();

/** One UTF-16 unit → one UTF-16 unit: diacritics stripped, lower-cased, ’ → ', NBSP → space. */
function foldChar(c: string): string {
  let f = cache.get(c);
  if (f !== undefined) return f;
  if (c === '\u2019' || c === '\u2018' || c === '\u02bc') f = "'";
  else if (c === '\u00a0' || c === '\u202f' || c === '\u2007') f = ' ';
  else {
    const lower = (c.normalize('NFD')[0] ?? c).toLowerCase();
    f = lower.length === 1 ? lower : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }
  if (cache.size < 4096) cache.set(c, f);
  return f;
}

/** Letters (any script), digits and the joiners that stay inside words. */
export const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** True when [start, end) in `s` is delimited by non-word characters (or the string edges). */
export function atWordBoundary(s: string, start: number, end: number): boolean {
  return !isWordChar(s[start - 1]) && !isWordChar(s[end]);
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets of every whole-word occurrence of `needle` (already folded) in `hayFolded`. */
export function findWord(hayFolded: string, needle: string, from = 0, to = hayFolded.length): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hayFolded.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = hayFolded.indexOf(needle, i + 1)) {
    if (atWordBoundary(hayFolded, i, i + needle.length)) out.push(i);
  }
  return out;
}
