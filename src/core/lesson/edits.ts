/**
 * The teacher's edits of the reference: dismiss / restore, add, rewrite message and severity, reorder, and
 * undo. Pure and browser-safe (no zod here: the schemas are in ./schema.ts); every function returns new
 * values. `applyEdits` turns the detectors' flags plus the edits into the marked list a lesson holds;
 * `splitAnnotations` is its inverse.
 */
import type { Annotation, Severity } from '../model/annotation.js';
import { safeUrl } from '../text/url.js';
import { LESSON_LIMITS, type NewFlag, type TeacherEdits, type TeacherState } from './schema.js';

export type Now = () => Date;
const systemNow: Now = () => new Date();

/** A teacher edit that cannot be made (empty message, unknown flag, passage outside the article…). */
export class LessonEditError extends Error {
  override readonly name = 'LessonEditError';
  constructor(
    message: string,
    /** What the UI should focus or name: 'message', 'selection', 'url', 'id'. */
    readonly field: 'message' | 'selection' | 'url' | 'id',
  ) {
    super(message);
  }
}

export function emptyEdits(articleKey: string, now: Now = systemNow): TeacherEdits {
  return { version: 1, articleKey, dismissed: [], added: [], changed: [], order: [], instructions: '', title: '', updated: now().toISOString() };
}

export function emptyState(articleKey: string, now: Now = systemNow): TeacherState {
  return { version: 1, articleKey, edits: emptyEdits(articleKey, now), undo: [] };
}

/** True when the edits change nothing (no dismissal, addition, rewrite, order, instructions or title). */
export function isPristine(e: TeacherEdits): boolean {
  return !e.dismissed.length && !e.added.length && !e.changed.length && !e.order.length && !e.instructions && !e.title;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const stamp = (e: TeacherEdits, now: Now) => ({ ...e, updated: now().toISOString() });

/** Dismiss a flag (with an optional reason). An added flag is removed outright (undo brings it back). */
export function dismissFlag(edits: TeacherEdits, id: string, reason: string | undefined, now: Now = systemNow): TeacherEdits {
  if (edits.added.some((a) => a.id === id)) return stamp({ ...edits, added: edits.added.filter((a) => a.id !== id), order: edits.order.filter((x) => x !== id) }, now);
  const r = clean(reason).slice(0, LESSON_LIMITS.reason);
  const at = now().toISOString();
  return stamp({ ...edits, dismissed: [...edits.dismissed.filter((d) => d.id !== id), { id, ...(r ? { reason: r } : {}), at }] }, now);
}

/** Bring a dismissed flag back. */
export function restoreFlag(edits: TeacherEdits, id: string, now: Now = systemNow): TeacherEdits {
  if (!edits.dismissed.some((d) => d.id === id)) return edits;
  return stamp({ ...edits, dismissed: edits.dismissed.filter((d) => d.id !== id) }, now);
}

/**
 * Add a flag on [start, end) of `text` (whitespace trimmed off both ends). Its id follows the report's rule,
 * `${kind}:${start}-${end}`, suffixed `:t`, `:t2`… when a flag already has it. Throws LessonEditError for an
 * empty passage or message, or a link that is not http(s).
 */
export function addFlag(edits: TeacherEdits, text: string, existing: readonly { id: string }[], flag: NewFlag, now: Now = systemNow): TeacherEdits {
  let s = Math.max(0, Math.min(text.length, Math.min(flag.start, flag.end)));
  let e = Math.max(0, Math.min(text.length, Math.max(flag.start, flag.end)));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) throw new LessonEditError('select a passage of the article first', 'selection');
  const message = clean(flag.message).slice(0, LESSON_LIMITS.message);
  if (!message) throw new LessonEditError('the message cannot be empty', 'message');
  const rawUrl = clean(flag.url);
  const url = rawUrl ? safeUrl(rawUrl) : null;
  if (rawUrl && !url) throw new LessonEditError(`the evidence link must start with http:// or https:// (got "${rawUrl.slice(0, 80)}")`, 'url');
  if (edits.added.length >= LESSON_LIMITS.added) throw new LessonEditError(`at most ${LESSON_LIMITS.added} added flags`, 'id');
  const taken = new Set([...existing.map((a) => a.id), ...edits.added.map((a) => a.id)]);
  const base = `${flag.kind}:${s}-${e}`;
  let id = base;
  for (let i = 1; taken.has(id); i++) id = `${base}:t${i === 1 ? '' : i}`;
  const label = clean(flag.label);
  const at = now().toISOString();
  const a: Annotation = {
    id,
    kind: flag.kind,
    detector: 'teacher',
    messageId: 'teacher',
    start: s,
    end: e,
    quote: text.slice(s, e),
    severity: flag.severity ?? 'caution',
    confidence: 1,
    message,
    evidence: url ? [{ type: 'link', text: label || url, url, ...(label ? { source: label } : {}) }] : [],
    teacher: { added: true, at },
  };
  return stamp({ ...edits, added: [...edits.added, a] }, now);
}

/**
 * Rewrite a flag's message and/or severity. On a detector flag the change is kept apart (the detector's
 * values stay the original); setting both back to the detector's values removes the change.
 */
export function changeFlag(
  edits: TeacherEdits,
  detectors: readonly Annotation[],
  id: string,
  patch: { message?: string; severity?: Severity },
  now: Now = systemNow,
): TeacherEdits {
  const message = patch.message === undefined ? undefined : clean(patch.message).slice(0, LESSON_LIMITS.message);
  if (message === '') throw new LessonEditError('the message cannot be empty', 'message');
  const at = now().toISOString();
  const added = edits.added.find((a) => a.id === id);
  if (added) {
    const next: Annotation = { ...added, ...(message ? { message } : {}), ...(patch.severity ? { severity: patch.severity } : {}), teacher: { added: true, at } };
    return stamp({ ...edits, added: edits.added.map((a) => (a.id === id ? next : a)) }, now);
  }
  const d = detectors.find((a) => a.id === id);
  if (!d) throw new LessonEditError(`no flag "${id}"`, 'id');
  const old = edits.changed.find((c) => c.id === id);
  const m = message ?? old?.message;
  const sev = patch.severity ?? old?.severity;
  const rest = edits.changed.filter((c) => c.id !== id);
  const change = { id, ...(m && m !== d.message ? { message: m } : {}), ...(sev && sev !== d.severity ? { severity: sev } : {}), at };
  return stamp({ ...edits, changed: change.message || change.severity ? [...rest, change] : rest }, now);
}

/** Move a flag one place earlier (-1) or later (1) in the reveal order; `current` is the order shown now. */
export function moveFlag(edits: TeacherEdits, current: readonly string[], id: string, dir: -1 | 1, now: Now = systemNow): TeacherEdits {
  const i = current.indexOf(id);
  const j = i + dir;
  if (i < 0 || j < 0 || j >= current.length) return edits;
  const order = [...current];
  [order[i], order[j]] = [order[j]!, order[i]!];
  return stamp({ ...edits, order }, now);
}

export function setInstructions(edits: TeacherEdits, instructions: string, now: Now = systemNow): TeacherEdits {
  const v = instructions.slice(0, LESSON_LIMITS.instructions);
  return v === edits.instructions ? edits : stamp({ ...edits, instructions: v }, now);
}

export function setTitle(edits: TeacherEdits, title: string, now: Now = systemNow): TeacherEdits {
  const v = clean(title).slice(0, LESSON_LIMITS.title);
  return v === edits.title ? edits : stamp({ ...edits, title: v }, now);
}

export interface EditedReference {
  /** Every flag with the teacher's changes marked, in reveal order; dismissed ones included (marked). */
  all: Annotation[];
  /** What students are compared against and the score counts: `all` without the dismissed flags. */
  reference: Annotation[];
  /** Ids the teacher added, rewrote, dismissed. */
  added: string[];
  changed: string[];
  dismissed: string[];
}

const byReading = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The detectors' flags with the edits applied. Edits naming flags that no longer exist are ignored. */
export function applyEdits(detectors: readonly Annotation[], edits: TeacherEdits | null): EditedReference {
  if (!edits) return { all: [...detectors], reference: [...detectors], added: [], changed: [], dismissed: [] };
  const dismissed = new Map(edits.dismissed.map((d) => [d.id, d]));
  const changed = new Map(edits.changed.map((c) => [c.id, c]));
  const ids = new Set(detectors.map((a) => a.id));
  const out: Annotation[] = detectors.map((a) => {
    const c = changed.get(a.id);
    const d = dismissed.get(a.id);
    if (!c && !d) return a;
    const next: Annotation = { ...a };
    if (c) {
      next.message = c.message ?? a.message;
      next.severity = c.severity ?? a.severity;
    }
    next.teacher = {
      ...(c ? { original: { message: a.message, severity: a.severity } } : {}),
      ...(d ? { dismissed: d.reason ? { reason: d.reason } : {} } : {}),
      at: [c?.at, d?.at].filter(Boolean).sort().pop(),
    };
    return next;
  });
  for (const a of edits.added) if (!ids.has(a.id)) out.push(a);
  const pos = new Map(edits.order.map((id, i) => [id, i] as const));
  out.sort((a, b) => {
    const pa = pos.get(a.id);
    const pb = pos.get(b.id);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return byReading(a, b);
  });
  return {
    all: out,
    reference: out.filter((a) => !a.teacher?.dismissed),
    added: out.filter((a) => a.teacher?.added).map((a) => a.id),
    changed: out.filter((a) => a.teacher?.original).map((a) => a.id),
    dismissed: out.filter((a) => a.teacher?.dismissed).map((a) => a.id),
  };
}

/** Inverse of applyEdits: the detectors' flags (originals restored) and the edits, from a lesson's marked list. */
export function splitAnnotations(all: readonly Annotation[], articleKey: string, extra: { instructions?: string; title?: string; updated?: string } = {}): { detectors: Annotation[]; edits: TeacherEdits } {
  const detectors: Annotation[] = [];
  const edits: TeacherEdits = { ...emptyEdits(articleKey), instructions: extra.instructions ?? '', title: extra.title ?? '', ...(extra.updated ? { updated: extra.updated } : {}) };
  const at = extra.updated ?? edits.updated;
  for (const a of all) {
    const t = a.teacher;
    if (t?.added) {
      edits.added.push(t.dismissed ? { ...a, teacher: { added: true, ...(t.at ? { at: t.at } : {}) } } : a);
      continue;
    }
    const { teacher: _t, ...rest } = a;
    const orig: Annotation = t?.original ? { ...rest, message: t.original.message, severity: t.original.severity } : rest;
    detectors.push(orig);
    if (t?.original && (a.message !== t.original.message || a.severity !== t.original.severity)) {
      edits.changed.push({ id: a.id, ...(a.message !== t.original.message ? { message: a.message } : {}), ...(a.severity !== t.original.severity ? { severity: a.severity } : {}), at: t.at ?? at });
    }
    if (t?.dismissed) edits.dismissed.push({ id: a.id, ...(t.dismissed.reason ? { reason: t.dismissed.reason } : {}), at: t.at ?? at });
  }
  // Keep the order only when it is not plain reading order.
  const reading = [...all].sort(byReading).map((a) => a.id);
  if (reading.some((id, i) => id !== all[i]!.id)) edits.order = all.map((a) => a.id);
  return { detectors, edits };
}

/** The reveal order of the current reference (ids). */
export const revealOrder = (r: EditedReference) => r.reference.map((a) => a.id);

/** A new state with `next` as the edits and the previous edits on the undo stack (at most 50 kept). */
export function commit(state: TeacherState, next: TeacherEdits): TeacherState {
  if (next === state.edits) return state;
  return { ...state, edits: next, undo: [...state.undo, state.edits].slice(-LESSON_LIMITS.undo) };
}

/** The state before the last edit (unchanged when there is nothing to undo). */
export function undo(state: TeacherState): TeacherState {
  if (!state.undo.length) return state;
  return { ...state, edits: state.undo[state.undo.length - 1]!, undo: state.undo.slice(0, -1) };
}
