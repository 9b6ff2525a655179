/**
 * Case- and diacritic-folding that keeps string length, so an index in the folded string is the same
 * index in the original: "Élysée" → "elysee", "Ñ" → "n". Characters whose folding would change the
 * length are only lower-cased when that keeps the length, else kept.
 */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
      continue;
    }
    const base = c.normalize('NFD')[0] ?? c;
    const lower = base.toLowerCase();
    if (lower.length === 1) out += lower;
    else out += c.length === 1 ? c : c[0]!;
  }
  // Typographic apostrophes and NBSP fold to their plain forms.
  return out.replace(/[\u2019\u2018\u02bc]/g, "'").replace(/[\u00a0\u202f\u2007]/g, ' ');
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
