import { BlockType, type Article, type Span } from '../model/article.js';
import { splitSentences } from '../text/sentences.js';

/** The article's prose: headline, standfirst, subheadings, captions, paragraphs. */
export const READABLE_BLOCKS: readonly BlockType[] = ['headline', 'standfirst', 'subheading', 'caption', 'paragraph'];

/**
 * Blocks the keyboard cursor visits by default: all of them. The evidence for a state-media flag is often in
 * the byline, the dateline, the breadcrumb or the source line ("RT en Español", "MOSCOU, 3 mars (TASS)"), so a
 * keyboard-only student must reach them as a mouse user can. A widget that hides navigation and boilerplate
 * passes `TEXT_BLOCKS_WITHOUT_CHROME` instead.
 */
export const ALL_BLOCKS: readonly BlockType[] = BlockType.options;
export const TEXT_BLOCKS_WITHOUT_CHROME: readonly BlockType[] = BlockType.options.filter((t) => t !== 'navigation' && t !== 'boilerplate');

/**
 * Titles that the shared splitter (src/core/text/sentences.ts) may still end a sentence on; a piece ending
 * in one of them is joined to the next when that starts with a capital ("La Dra. | Fuentes" → one sentence).
 * Lower-case, without the dot.
 */
const TITLES = new Set(['dra', 'dras', 'sra', 'sras', 'srta', 'srtas', 'sres', 'mme', 'mlle', 'mgr', 'pr', 'dr', 'mr', 'mrs', 'ms', 'prof', 'gral', 'lic']);

function endsWithTitle(piece: string): boolean {
  const m = /(?:^|[^\p{L}.])(\p{L}+)\.$/u.exec(piece);
  return !!m && TITLES.has(m[1]!.toLowerCase());
}

/**
 * Sentences of text[start, end) (one block): the shared linear splitter used by the detectors — so a
 * sentence a student selects with the keyboard is the same span a detector flags — plus the title fix.
 */
export function blockSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (const s of splitSentences(text, start, end)) {
    const prev = out[out.length - 1];
    if (prev && endsWithTitle(text.slice(prev.start, prev.end)) && /^\p{Lu}/u.test(text[s.start] ?? '') && !/\n/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
      continue;
    }
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Sentence spans (offsets into article.text, trimmed, in reading order) across the blocks of `types`
 * (default: every block — see ALL_BLOCKS), for moving sentence by sentence with the keyboard. Each block is
 * split on its own (linear in its length).
 */
export function sentenceSpans(article: Pick<Article, 'text' | 'blocks'> & Partial<Pick<Article, 'lang'>>, types: readonly BlockType[] = ALL_BLOCKS): Span[] {
  const wanted = new Set(types);
  const out: Span[] = [];
  const blocks = article.blocks.filter((b) => wanted.has(b.type)).sort((x, y) => x.start - y.start);
  for (const b of blocks) out.push(...blockSentences(article.text, b.start, Math.min(b.end, article.text.length)));
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

/** The sentence after the one containing `offset` (the first one after `offset` when it is between sentences; null at the end). */
export function nextSentence(spans: readonly Span[], offset: number): Span | null {
  const i = sentenceIndexAt(spans, offset);
  if (i === -1) return null;
  const cur = spans[i]!;
  if (offset < cur.start) return cur;
  return spans[i + 1] ?? null;
}

/** The sentence before the one containing `offset` (the last one when `offset` is past them all; null at the start). */
export function previousSentence(spans: readonly Span[], offset: number): Span | null {
  const i = sentenceIndexAt(spans, offset);
  if (i === -1) return spans[spans.length - 1] ?? null;
  return spans[i - 1] ?? null;
}

/** Sentence navigation that splits a block only when the cursor first reaches it (nothing is split up front). */
export interface SentenceCursor {
  /** The sentence containing `offset`, or the first one after it; null past the last. */
  at(offset: number): Span | null;
  /** Same as `nextSentence(sentenceSpans(article), offset)`. */
  next(offset: number): Span | null;
  /** Same as `previousSentence(sentenceSpans(article), offset)`. */
  previous(offset: number): Span | null;
  first(): Span | null;
  last(): Span | null;
  /** Every sentence (splits all blocks; what `sentenceSpans` returns). */
  all(): Span[];
}

/**
 * A lazy `sentenceSpans`: same spans, same answers, but each block is split the first time the cursor enters
 * it, so opening a long article in student mode costs nothing until the student presses a key.
 */
export function createSentenceCursor(
  article: Pick<Article, 'text' | 'blocks'>,
  types: readonly BlockType[] = ALL_BLOCKS,
): SentenceCursor {
  const wanted = new Set(types);
  const blocks = article.blocks.filter((b) => wanted.has(b.type)).sort((x, y) => x.start - y.start);
  const memo = new Map<number, Span[]>();
  const spansOf = (i: number): Span[] => {
    let s = memo.get(i);
    if (!s) {
      const b = blocks[i]!;
      s = blockSentences(article.text, b.start, Math.min(b.end, article.text.length));
      memo.set(i, s);
    }
    return s;
  };
  /** First block whose end is after `offset` (blocks are disjoint and sorted). */
  const blockFrom = (offset: number): number => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** [block, index] of the sentence containing `offset` or the first one after it. */
  const locate = (offset: number): [number, number] | null => {
    for (let b = blockFrom(offset); b < blocks.length; b++) {
      const spans = spansOf(b);
      const i = sentenceIndexAt(spans, offset);
      if (i !== -1) return [b, i];
    }
    return null;
  };
  const after = (b: number, i: number): Span | null => {
    const spans = spansOf(b);
    if (i + 1 < spans.length) return spans[i + 1]!;
    for (let k = b + 1; k < blocks.length; k++) {
      const s = spansOf(k);
      if (s.length) return s[0]!;
    }
    return null;
  };
  const before = (b: number, i: number): Span | null => {
    if (i > 0) return spansOf(b)[i - 1]!;
    for (let k = b - 1; k >= 0; k--) {
      const s = spansOf(k);
      if (s.length) return s[s.length - 1]!;
    }
    return null;
  };
  const last = (): Span | null => {
    for (let k = blocks.length - 1; k >= 0; k--) {
      const s = spansOf(k);
      if (s.length) return s[s.length - 1]!;
    }
    return null;
  };
  return {
    at(offset) {
      const l = locate(offset);
      return l ? spansOf(l[0])[l[1]]! : null;
    },
    next(offset) {
      const l = locate(offset);
      if (!l) return null;
      const cur = spansOf(l[0])[l[1]]!;
      return offset < cur.start ? cur : after(l[0], l[1]);
    },
    previous(offset) {
      const l = locate(offset);
      return l ? before(l[0], l[1]) : last();
    },
    first() {
      const l = locate(0);
      return l ? spansOf(l[0])[l[1]]! : null;
    },
    last,
    all: () => blocks.flatMap((_, i) => spansOf(i)),
  };
}
