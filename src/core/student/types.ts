import { z } from 'zod';
import { Kind } from '../model/annotation.js';

/** Limits that keep hostile or accidental input (an import, a corrupted storage entry) from swamping the widget. */
export const LIMITS = {
  /** Annotations in one student's work. */
  maxAnnotations: 1000,
  /** Characters of a note. */
  maxNoteChars: 5000,
  /** Characters of a quoted passage. */
  maxQuoteChars: 20000,
  /** Characters of an id. */
  maxIdChars: 200,
  /** Characters of a JSON document given to `fromWebAnnotations` as a string. */
  maxImportChars: 5_000_000,
} as const;

/** An ISO-8601 timestamp as written by `Date.prototype.toISOString` (kept verbatim, never reformatted). */
const Timestamp = z.string().min(1).max(64);

/** One passage a student marked: which kind of problem they think it shows, and why (the note). */
export const StudentAnnotation = z
  .object({
    id: z.string().min(1).max(LIMITS.maxIdChars),
    kind: Kind,
    /** UTF-16 offsets into `article.text`, like every offset in Loupe. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** `article.text.slice(start, end)` when the mark was made (used to re-anchor if the text changes). */
    quote: z.string().max(LIMITS.maxQuoteChars),
    note: z.string().max(LIMITS.maxNoteChars),
    created: Timestamp,
    modified: Timestamp,
  })
  .refine((a) => a.end >= a.start, { message: 'end must not be before start', path: ['end'] });
export type StudentAnnotation = z.infer<typeof StudentAnnotation>;

/** All the marks one student made on one article. */
export const StudentWork = z.object({
  version: z.literal(1),
  /** `articleKey(article.text)`: which article this work belongs to. */
  articleKey: z.string().min(1).max(200),
  annotations: z.array(StudentAnnotation).max(LIMITS.maxAnnotations),
  /** When the work last changed (ISO-8601). */
  updated: Timestamp,
});
export type StudentWork = z.infer<typeof StudentWork>;

/** A clock, injectable so tests are deterministic. */
export type Now = () => Date;
const systemNow: Now = () => new Date();

/** An empty piece of work for an article. */
export function emptyWork(articleKey: string, now: Now = systemNow): StudentWork {
  return { version: 1, articleKey, annotations: [], updated: now().toISOString() };
}

let counter = 0;
/** A short id unique within a piece of work: `s-<time36>-<counter36>-<random36>`. */
export function newAnnotationId(now: Now = systemNow): string {
  counter = (counter + 1) % 1679616;
  return `s-${now().getTime().toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1679616).toString(36)}`;
}

export interface NewMark {
  kind: Kind;
  start: number;
  end: number;
  note?: string;
  id?: string;
}

/**
 * A new annotation over [start, end) of `text` (offsets are clamped to the text and ordered; the quote is
 * taken from the text). Pure: the work is not changed — see `addAnnotation`.
 */
export function createAnnotation(text: string, mark: NewMark, now: Now = systemNow): StudentAnnotation {
  const a = Math.max(0, Math.min(text.length, Math.min(mark.start, mark.end)));
  const b = Math.max(0, Math.min(text.length, Math.max(mark.start, mark.end)));
  const stamp = now().toISOString();
  return {
    id: mark.id ?? newAnnotationId(now),
    kind: mark.kind,
    start: a,
    end: b,
    quote: text.slice(a, b).slice(0, LIMITS.maxQuoteChars),
    note: (mark.note ?? '').slice(0, LIMITS.maxNoteChars),
    created: stamp,
    modified: stamp,
  };
}

/** Work with `annotation` added (or replacing the one with the same id), sorted by position. */
export function addAnnotation(work: StudentWork, annotation: StudentAnnotation, now: Now = systemNow): StudentWork {
  const rest = work.annotations.filter((a) => a.id !== annotation.id);
  return { ...work, annotations: sortAnnotations([...rest, annotation]), updated: now().toISOString() };
}

/** Work with the annotation `id` changed (kind and/or note); `modified` is bumped. Unknown ids leave it as is. */
export function updateAnnotation(
  work: StudentWork,
  id: string,
  patch: Partial<Pick<StudentAnnotation, 'kind' | 'note'>>,
  now: Now = systemNow,
): StudentWork {
  if (!work.annotations.some((a) => a.id === id)) return work;
  const stamp = now().toISOString();
  return {
    ...work,
    annotations: work.annotations.map((a) =>
      a.id === id
        ? { ...a, ...(patch.kind ? { kind: patch.kind } : {}), ...(patch.note !== undefined ? { note: patch.note.slice(0, LIMITS.maxNoteChars) } : {}), modified: stamp }
        : a,
    ),
    updated: stamp,
  };
}

/** Work without the annotation `id`. */
export function removeAnnotation(work: StudentWork, id: string, now: Now = systemNow): StudentWork {
  if (!work.annotations.some((a) => a.id === id)) return work;
  return { ...work, annotations: work.annotations.filter((a) => a.id !== id), updated: now().toISOString() };
}

/** Sorted by start, then end, then id (a stable, reading order). */
export function sortAnnotations<T extends { start: number; end: number; id: string }>(list: readonly T[]): T[] {
  return [...list].sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Merge imported annotations into existing work: an imported annotation with the id of an existing one
 * replaces it when it was modified later; one with the same kind and span as an existing one (another id)
 * is skipped as a duplicate. Returns the new work and how many were added/replaced/skipped.
 */
export function mergeAnnotations(
  work: StudentWork,
  incoming: readonly StudentAnnotation[],
  now: Now = systemNow,
): { work: StudentWork; added: number; replaced: number; skipped: number } {
  const byId = new Map(work.annotations.map((a) => [a.id, a]));
  const spanKey = (a: StudentAnnotation) => `${a.kind}|${a.start}|${a.end}`;
  const spans = new Set(work.annotations.map(spanKey));
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  for (const a of incoming) {
    const old = byId.get(a.id);
    if (old) {
      if (a.modified > old.modified) {
        byId.set(a.id, a);
        replaced++;
      } else skipped++;
      continue;
    }
    if (spans.has(spanKey(a))) {
      skipped++;
      continue;
    }
    if (byId.size >= LIMITS.maxAnnotations) {
      skipped++;
      continue;
    }
    byId.set(a.id, a);
    spans.add(spanKey(a));
    added++;
  }
  if (!added && !replaced) return { work, added, replaced, skipped };
  return { work: { ...work, annotations: sortAnnotations([...byId.values()]), updated: now().toISOString() }, added, replaced, skipped };
}
