/**
 * Grounding: a model draft is kept only if it explains an annotation the rules raised (an id that exists and was
 * asked for) and quotes only text that is in the article. Everything else is dropped and counted. Notes never
 * add flags: grounding cannot create an annotation.
 */
import type { Lang } from '../core/model/article.js';
import type { Note } from '../core/model/annotation.js';
import type { Report } from '../core/model/report.js';
import { fold } from '../core/text/fold.js';
import { detectLang, loadLanguageDetector } from '../core/text/lang.js';
import type { NoteDraft } from './schema.js';

export const MAX_NOTE_WORDS = 80;
export const MAX_SIDE_WORDS = 50;

export type DropReason = 'unknown-id' | 'duplicate' | 'empty' | 'invented-quote' | 'too-long' | 'wrong-language';

export interface Dropped {
  annotationId: string;
  reason: DropReason;
  detail?: string;
}

export interface Grounded {
  notes: Map<string, Omit<Note, 'status' | 'model' | 'createdAt' | 'lang'>>;
  dropped: Dropped[];
  /** Ids asked for that got no kept note. */
  missing: string[];
  /** Scare quotes whose quotation marks were removed (words not from the article). */
  unquoted: number;
}

/** Fold case, diacritics, apostrophes, quotes, dashes and whitespace so a faithful quote matches. */
export function normalizeForMatch(s: string): string {
  return fold(s.normalize('NFC'))
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const QUOTED = /«\s*([^»]+?)\s*»|“([^”]+)”|„([^“”]+)[“”]|"([^"]+)"/g;

/** Quoted segments in free text: «…», “…”, „…“, "…". Apostrophes are not quote marks. */
export function quotedSegments(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const seg = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (seg) out.push(seg);
  }
  return out;
}

/** Scare quotes: at most this many words in quotation marks that are not from the article lose their marks. */
export const SCARE_QUOTE_WORDS = 2;

/**
 * Check the quotation marks of a field against the article. A quoted passage that is in the article stays; a
 * one- or two-word one that is not ("so-called "experts"") is a scare quote: its marks are removed, so the note no
 * longer claims the article says it; a longer one is an invented quote (returned in `invented`).
 */
export function checkQuotes(text: string, normalizedArticle: string): { text: string; invented?: string; unquoted: number } {
  let invented: string | undefined;
  let unquoted = 0;
  const out = text.replace(QUOTED, (whole, a?: string, b?: string, c?: string, d?: string) => {
    const seg = (a ?? b ?? c ?? d ?? '').trim();
    if (!seg || quoteInArticle(seg, normalizedArticle)) return whole;
    if (countWords(seg) <= SCARE_QUOTE_WORDS) {
      unquoted++;
      return seg;
    }
    invented ??= seg;
    return whole;
  });
  return { text: out, invented, unquoted };
}

/** Is `quote` in the article (normalised; "…"/"[...]" elisions allowed; trailing punctuation ignored)? */
export function quoteInArticle(quote: string, normalizedArticle: string): boolean {
  const parts = quote
    .split(/\s*(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))\s*/)
    .map((p) => normalizeForMatch(p).replace(/^[\s"'.,;:!?()-]+|[\s"'.,;:!?()-]+$/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return true;
  let from = 0;
  for (const p of parts) {
    const at = normalizedArticle.indexOf(p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}

export function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** At most `max` words: cut after the last full sentence that fits; undefined when no sentence fits. */
export function fitWords(s: string, max: number): string | undefined {
  const text = s.replace(/\s+/g, ' ').trim();
  if (countWords(text) <= max) return text;
  const sentences = text.match(/[^.!?…]+(?:[.!?…]+["»”)]*\s*|$)/g) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    if (countWords(out + sentence) > max) break;
    out += sentence;
  }
  out = out.trim();
  return out ? out : undefined;
}

export interface GroundOptions {
  /** The ids the request asked notes for (default: every annotation of the report). */
  requested?: readonly string[];
  lang: Lang;
  /** Check the language of each note with the trigram detector (default true). */
  checkLanguage?: boolean;
}

/** Keep the drafts that pass; explain every drop. */
export async function groundNotes(report: Report, drafts: readonly NoteDraft[], opts: GroundOptions): Promise<Grounded> {
  const existing = new Set(report.annotations.map((a) => a.id));
  const requested = new Set(opts.requested ?? existing);
  const article = normalizeForMatch(report.article.text);
  const notes: Grounded['notes'] = new Map();
  const dropped: Dropped[] = [];
  let unquoted = 0;
  if (opts.checkLanguage !== false) await loadLanguageDetector();

  for (const d of drafts) {
    const id = String(d.annotationId ?? '').trim();
    if (!existing.has(id) || !requested.has(id)) {
      dropped.push({ annotationId: id, reason: 'unknown-id' });
      continue;
    }
    if (notes.has(id)) {
      dropped.push({ annotationId: id, reason: 'duplicate' });
      continue;
    }
    const rawText = (d.text ?? '').trim();
    if (!rawText) {
      dropped.push({ annotationId: id, reason: 'empty' });
      continue;
    }
    // Quotes the model lists must all be in the article; quotation marks in the prose are checked one by one.
    const listed = (d.quotes ?? []).find((q) => !quoteInArticle(q, article));
    const checked = [rawText, d.question ?? '', d.check ?? ''].map((f) => checkQuotes(f, article));
    const invented = listed ?? checked.find((c) => c.invented)?.invented;
    if (invented !== undefined) {
      dropped.push({ annotationId: id, reason: 'invented-quote', detail: invented.slice(0, 80) });
      continue;
    }
    unquoted += checked.reduce((n, c) => n + c.unquoted, 0);
    const [body, q, c] = checked.map((x) => x.text.trim()) as [string, string, string];
    const text = fitWords(body, MAX_NOTE_WORDS);
    if (!text) {
      dropped.push({ annotationId: id, reason: 'too-long', detail: `${countWords(body)} words` });
      continue;
    }
    if (opts.checkLanguage !== false) {
      // Judge the note's own words: quoted article text may be in another language (an English caption in a
      // French article). franc's confidence is the gap to the runner-up; a tiny gap is "can't tell" → keep.
      let own = text;
      for (const seg of quotedSegments(text)) own = own.split(seg).join(' ');
      const guess = detectLang(own, 40);
      if (guess && guess.lang !== opts.lang && guess.confidence >= 0.05) {
        dropped.push({ annotationId: id, reason: 'wrong-language', detail: guess.lang });
        continue;
      }
    }
    const question = q ? fitWords(q, MAX_SIDE_WORDS) : undefined;
    const check = c ? fitWords(c, MAX_SIDE_WORDS) : undefined;
    notes.set(id, { text, ...(question ? { question } : {}), ...(check ? { check } : {}) });
  }
  const missing = [...requested].filter((id) => !notes.has(id));
  return { notes, dropped, missing, unquoted };
}
