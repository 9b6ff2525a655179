/**
 * Teacher review of notes (drafted by a model or written by hand). Pure and browser-safe: the widget calls these
 * to approve, edit or reject a note, to build the report students load (only reviewed notes), and to merge a
 * teacher's edits into a report for export. Every function returns a new report; nothing is mutated.
 *
 * Status transitions:
 *   draft    → approved | edited | rejected
 *   approved → edited | rejected | draft (reopen)
 *   edited   → approved | edited | rejected | draft (reopen; the model's draft comes back)
 *   rejected → draft (reopen) | edited
 * "Keep the original": the first edit of a model draft stores that draft in `note.draft`; later edits keep it.
 */
import type { Lang } from './model/article.js';
import type { Annotation, Note } from './model/annotation.js';
import type { Report } from './model/report.js';
import type { Localized } from './i18n.js';

export type NoteStatus = Note['status'];

/** Statuses a student may see. */
export const STUDENT_VISIBLE: readonly NoteStatus[] = ['approved', 'edited'];

/** Labels for a note's status, for the teacher view ("draft — AI" marks a model draft nobody has reviewed). */
export const NOTE_STATUS_LABELS: Record<NoteStatus | 'draft-ai', Localized> = {
  'draft-ai': { fr: 'brouillon — IA', en: 'draft — AI', es: 'borrador — IA' },
  draft: { fr: 'brouillon', en: 'draft', es: 'borrador' },
  approved: { fr: 'approuvée', en: 'approved', es: 'aprobada' },
  edited: { fr: 'modifiée par l’enseignant', en: 'edited by the teacher', es: 'editada por el docente' },
  rejected: { fr: 'rejetée', en: 'rejected', es: 'rechazada' },
};

/** Labels for the review actions (buttons in the teacher view). */
export const NOTE_ACTION_LABELS: Record<'approve' | 'edit' | 'reject' | 'reopen' | 'save' | 'cancel' | 'original', Localized> = {
  approve: { fr: 'Approuver', en: 'Approve', es: 'Aprobar' },
  edit: { fr: 'Modifier', en: 'Edit', es: 'Editar' },
  reject: { fr: 'Rejeter', en: 'Reject', es: 'Rechazar' },
  reopen: { fr: 'Rouvrir', en: 'Reopen', es: 'Reabrir' },
  save: { fr: 'Enregistrer', en: 'Save', es: 'Guardar' },
  cancel: { fr: 'Annuler', en: 'Cancel', es: 'Cancelar' },
  original: { fr: 'Brouillon d’origine (IA)', en: 'Original draft (AI)', es: 'Borrador original (IA)' },
};

/** The status label to show for a note: a model draft nobody reviewed is "draft — AI". */
export function noteStatusLabel(note: Note, lang: Lang): string {
  const key = note.status === 'draft' && note.model ? 'draft-ai' : note.status;
  return NOTE_STATUS_LABELS[key][lang] ?? NOTE_STATUS_LABELS[key].en;
}

/** Thrown for a transition that makes no sense (unknown annotation, no note, empty edit). */
export class NoteReviewError extends Error {
  override readonly name = 'NoteReviewError';
}

const ALLOWED: Record<NoteStatus, readonly NoteStatus[]> = {
  draft: ['approved', 'edited', 'rejected'],
  approved: ['edited', 'rejected', 'draft'],
  edited: ['approved', 'edited', 'rejected', 'draft'],
  rejected: ['draft', 'edited'],
};

export function canTransition(from: NoteStatus, to: NoteStatus): boolean {
  return ALLOWED[from].includes(to);
}

export interface ReviewOptions {
  /** ISO time of the review (default: now). Pass one in tests. */
  at?: string;
}

function now(opts?: ReviewOptions): string {
  return opts?.at ?? new Date().toISOString();
}

function withNote(report: Report, annotationId: string, fn: (note: Note | undefined, a: Annotation) => Note | undefined): Report {
  let found = false;
  const annotations = report.annotations.map((a) => {
    if (a.id !== annotationId) return a;
    found = true;
    const next = fn(a.note, a);
    const { note: _old, ...rest } = a;
    return next ? { ...rest, note: next } : rest;
  });
  if (!found) throw new NoteReviewError(`no annotation "${annotationId}" in this report`);
  return { ...report, annotations };
}

function requireNote(note: Note | undefined, id: string): Note {
  if (!note) throw new NoteReviewError(`annotation "${id}" has no note`);
  return note;
}

function transition(note: Note, to: NoteStatus, id: string): void {
  if (!canTransition(note.status, to)) throw new NoteReviewError(`note on "${id}" cannot go from ${note.status} to ${to}`);
}

/** The teacher approves the note as it stands (a draft becomes visible to students). */
export function approveNote(report: Report, annotationId: string, opts?: ReviewOptions): Report {
  return withNote(report, annotationId, (n) => {
    const note = requireNote(n, annotationId);
    transition(note, 'approved', annotationId);
    return { ...note, status: 'approved', reviewedAt: now(opts) };
  });
}

/** The teacher rejects the note: it stays in the teacher's report (marked rejected) and never reaches students. */
export function rejectNote(report: Report, annotationId: string, opts?: ReviewOptions): Report {
  return withNote(report, annotationId, (n) => {
    const note = requireNote(n, annotationId);
    transition(note, 'rejected', annotationId);
    return { ...note, status: 'rejected', reviewedAt: now(opts) };
  });
}

export interface NoteEdit {
  text: string;
  question?: string;
  check?: string;
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/**
 * The teacher rewrites the note (or writes one where there was none). The model's original draft is kept in
 * `note.draft` the first time; `question`/`check` left undefined keep their current value, '' removes them.
 */
export function editNote(report: Report, annotationId: string, edit: NoteEdit, opts?: ReviewOptions): Report {
  const text = clean(edit.text);
  if (!text) throw new NoteReviewError(`the note on "${annotationId}" cannot be empty`);
  return withNote(report, annotationId, (n) => {
    if (n) transition(n, 'edited', annotationId);
    const original = n?.draft ?? (n && n.model ? { text: n.text, ...(n.question ? { question: n.question } : {}), ...(n.check ? { check: n.check } : {}) } : undefined);
    const question = edit.question === undefined ? n?.question : clean(edit.question);
    const check = edit.check === undefined ? n?.check : clean(edit.check);
    const next: Note = {
      ...(n ?? {}),
      text,
      status: 'edited',
      reviewedAt: now(opts),
      lang: n?.lang ?? report.lang,
    };
    if (question) next.question = question;
    else delete next.question;
    if (check) next.check = check;
    else delete next.check;
    if (original) next.draft = original;
    return next;
  });
}

/** Back to draft: an edited note gets the model's original text back; a rejected one is reconsidered. */
export function reopenNote(report: Report, annotationId: string, opts?: ReviewOptions): Report {
  return withNote(report, annotationId, (n) => {
    const note = requireNote(n, annotationId);
    transition(note, 'draft', annotationId);
    const { draft, ...rest } = note;
    const restored: Note = draft ? { ...rest, text: draft.text, question: draft.question, check: draft.check } : { ...rest };
    if (restored.question === undefined) delete restored.question;
    if (restored.check === undefined) delete restored.check;
    return { ...restored, status: 'draft', reviewedAt: now(opts) };
  });
}

/** Remove a note entirely (e.g. a hand-written note the teacher no longer wants). */
export function removeNote(report: Report, annotationId: string): Report {
  return withNote(report, annotationId, () => undefined);
}

/**
 * The report students load: every note that is not approved or edited is removed; reviewed notes lose the
 * model's original draft and review bookkeeping. Nothing else changes.
 */
export function forStudents(report: Report): Report {
  return {
    ...report,
    annotations: report.annotations.map((a) => {
      const { note, ...rest } = a;
      if (!note || !STUDENT_VISIBLE.includes(note.status)) return rest;
      const { draft: _d, reviewedAt: _r, ...visible } = note;
      return { ...rest, note: visible };
    }),
  };
}

/** Notes by status, for a review summary ("3 drafts to review"). */
export function countNotes(report: Report): Record<NoteStatus, number> & { none: number } {
  const out = { draft: 0, approved: 0, edited: 0, rejected: 0, none: 0 };
  for (const a of report.annotations) out[a.note?.status ?? 'none']++;
  return out;
}

/** A teacher's review of one annotation, as the widget stores it (e.g. in localStorage) between sessions. */
export interface NoteReview {
  annotationId: string;
  note: Note;
}

export interface MergeResult {
  report: Report;
  /** Ids whose note was replaced by the teacher's. */
  applied: string[];
  /** Ids the report does not have (a review for another version of the report): ignored. */
  unknown: string[];
  /** Ids skipped because the annotation no longer quotes the same text (`quote` given and different). */
  stale: string[];
}

/**
 * Merge a teacher's reviewed notes into a report for export. A review for an id the report does not have is
 * ignored (listed in `unknown`), never turned into a new annotation: notes never add flags. When a review
 * carries the quote it was made on and the annotation now quotes something else, it is skipped (`stale`).
 */
export function mergeNoteReviews(report: Report, reviews: readonly (NoteReview & { quote?: string })[]): MergeResult {
  const byId = new Map(report.annotations.map((a) => [a.id, a] as const));
  const applied: string[] = [];
  const unknown: string[] = [];
  const stale: string[] = [];
  const take = new Map<string, Note>();
  for (const r of reviews) {
    const a = byId.get(r.annotationId);
    if (!a) {
      unknown.push(r.annotationId);
      continue;
    }
    if (r.quote !== undefined && r.quote !== a.quote) {
      stale.push(r.annotationId);
      continue;
    }
    take.set(a.id, r.note);
  }
  const annotations = report.annotations.map((a) => {
    const note = take.get(a.id);
    if (!note) return a;
    applied.push(a.id);
    return { ...a, note };
  });
  return { report: { ...report, annotations }, applied, unknown, stale };
}

/** The reviews in a report (every annotation that has a non-draft note): what the widget saves and merges back. */
export function reviewsOf(report: Report): (NoteReview & { quote: string })[] {
  return report.annotations.filter((a) => a.note && a.note.status !== 'draft').map((a) => ({ annotationId: a.id, quote: a.quote, note: a.note! }));
}
