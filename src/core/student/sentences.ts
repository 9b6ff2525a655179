import type { Article, BlockType, Lang, Span } from '../model/article.js';

/** Blocks a student reads and marks (navigation, bylines, boilerplate and source lines are skipped). */
export const READABLE_BLOCKS: readonly BlockType[] = ['headline', 'standfirst', 'subheading', 'caption', 'paragraph'];

/**
 * Abbreviations after which a full stop does not end a sentence (the next word is a name or a number),
 * folded to lower case, without the final dot. Only what matters for news in fr/en/es; single capital
 * initials ("J. K. Rowling") are handled separately.
 */
const NON_FINAL = new Set(
  [
    // English titles and labels
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'hon', 'pres', 'no', 'nos', 'vs', 'e.g', 'i.e', 'approx', 'fig', 'vol',
    // French
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'pr', 'me', 'mgr', 'ste', 'cf', 'env', 'av', 'bd', 'art', 'p', 'pp', 'n°', 'ex', 'p. ex',
    // Spanish
    'sr', 'sra', 'sras', 'srta', 'sres', 'dra', 'lic', 'ing', 'gral', 'excmo', 'excma', 'ud', 'uds', 'vd', 'vds', 'dña', 'núm', 'nº', 'pág', 'aprox', 'tel', 'avda',
    // Countries and institutions written with dots (a sentence rarely ends on them in news; when one does,
    // two sentences are joined, which costs a student less than a name cut in half)
    'u.s', 'u.s.a', 'u.k', 'u.n', 'e.u', 'ee.uu', 'é.-u', 'e.-u', 'r.-u', 'n.u', 'o.n.u',
  ].map((s) => s.toLowerCase()),
);

/** The last word of a sentence piece, as it would be looked up in NON_FINAL (null if it does not end in a dot). */
function lastAbbreviation(piece: string): string | null {
  const m = /(?:^|[\s(«“"'¿¡—–-])((?:[\p{L}\p{N}°º]+\.-?)*[\p{L}\p{N}°º]+)\.\s*$/u.exec(piece);
  return m ? m[1]! : null;
}

function endsWithNonFinal(piece: string): boolean {
  const word = lastAbbreviation(piece);
  if (word === null) return false;
  if (NON_FINAL.has(word.toLowerCase())) return true;
  // "p. ex." and "c.-à-d." style: try the last two tokens too
  const two = /([\p{L}]+\.\s?[\p{L}]+)\.\s*$/u.exec(piece);
  if (two && NON_FINAL.has(two[1]!.toLowerCase())) return true;
  // A single capital initial: "J. K. Rowling", "George W. Bush"
  return /^\p{Lu}$/u.test(word);
}

type Segmenter = { segment(s: string): Iterable<{ segment: string; index: number }> };
const segmenters = new Map<string, Segmenter | null>();
function segmenterFor(lang: string): Segmenter | null {
  if (!segmenters.has(lang)) {
    const I = (globalThis as { Intl?: { Segmenter?: new (l: string, o: { granularity: 'sentence' }) => Segmenter } }).Intl;
    segmenters.set(lang, I?.Segmenter ? new I.Segmenter(lang, { granularity: 'sentence' }) : null);
  }
  return segmenters.get(lang) ?? null;
}

/** Raw sentence pieces of one block's text (offsets relative to the block). */
function rawPieces(s: string, lang: string): Span[] {
  const seg = segmenterFor(lang);
  const out: Span[] = [];
  if (seg) {
    for (const p of seg.segment(s)) out.push({ start: p.index, end: p.index + p.segment.length });
    return out;
  }
  // Fallback for engines without Intl.Segmenter: end after . ! ? … (and closing quotes) followed by space.
  const re = /[.!?…]+["»”’)\]]*\s+|\n+/g;
  let from = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ start: from, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (from < s.length) out.push({ start: from, end: s.length });
  return out;
}

/** ICU does not end a sentence at "…"; a news text does when a capital follows ("relaxe… Verdict lundi"). */
function splitAtEllipsis(s: string, pieces: Span[]): Span[] {
  const out: Span[] = [];
  const re = /…["»”’)\]]*\s+(?=[«"“¿¡]?\p{Lu})/gu;
  for (const p of pieces) {
    let from = p.start;
    re.lastIndex = 0;
    const piece = s.slice(p.start, p.end);
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      const cut = p.start + m.index + m[0].length;
      if (cut < p.end) {
        out.push({ start: from, end: cut });
        from = cut;
      }
    }
    out.push({ start: from, end: p.end });
  }
  return out;
}

/** Sentences of one piece of text in one language, with the fixes; offsets relative to `s`, trimmed. */
export function splitSentences(s: string, lang: Lang | string): Span[] {
  const pieces = splitAtEllipsis(s, rawPieces(s, lang));
  const merged: Span[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = s.slice(prev.start, prev.end);
      // A line break always ends a sentence (captions and lists are laid out by lines).
      const hardBreak = /\n\s*$/.test(prevText);
      if (!hardBreak && endsWithNonFinal(prevText) && /^\s*[\p{Lu}\p{N}]/u.test(s.slice(p.start, p.end))) {
        prev.end = p.end;
        continue;
      }
      // Closing quotes/brackets that the segmenter put at the start of the next piece belong to the previous one.
      const close = /^\s*["»”’)\]]+/.exec(s.slice(p.start, p.end));
      if (close && !hardBreak) {
        prev.end = p.start + close[0].length;
        if (prev.end >= p.end) continue;
        merged.push({ start: prev.end, end: p.end });
        continue;
      }
    }
    merged.push({ ...p });
  }
  const out: Span[] = [];
  for (const m of merged) {
    let a = m.start;
    let b = m.end;
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/**
 * Sentence spans (offsets into article.text, trimmed, in reading order) across the readable blocks, for
 * moving sentence by sentence with the keyboard. Each block is segmented on its own with Intl.Segmenter in
 * the block's language (never the whole text at once: segmenting a long string is slow in some engines).
 */
export function sentenceSpans(article: Pick<Article, 'text' | 'lang' | 'blocks'>, types: readonly BlockType[] = READABLE_BLOCKS): Span[] {
  const wanted = new Set(types);
  const out: Span[] = [];
  const blocks = [...article.blocks].filter((b) => wanted.has(b.type)).sort((x, y) => x.start - y.start);
  for (const b of blocks) {
    const s = article.text.slice(b.start, b.end);
    for (const sp of splitSentences(s, b.lang ?? article.lang)) out.push({ start: b.start + sp.start, end: b.start + sp.end });
  }
  return out;
}

/** Index of the sentence containing `offset` (or the first one after it; -1 when none). Binary search. */
export function sentenceIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length ? lo : -1;
}

/** The sentence after the one containing `offset` (the first when offset is before all; null at the end). */
export function nextSentence(spans: readonly Span[], offset: number): Span | null {
  const i = sentenceIndexAt(spans, offset);
  if (i === -1) return null;
  const cur = spans[i]!;
  if (offset < cur.start) return cur;
  return spans[i + 1] ?? null;
}

/** The sentence before the one containing `offset` (null at the start). */
export function previousSentence(spans: readonly Span[], offset: number): Span | null {
  const i = sentenceIndexAt(spans, offset);
  if (i === -1) return spans[spans.length - 1] ?? null;
  return spans[i - 1] ?? null;
}
