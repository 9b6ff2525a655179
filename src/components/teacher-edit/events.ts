import type { Severity } from '../../core/model/annotation.js';
import type { EditedReference, Lesson, TeacherEdits } from '../../core/lesson/index.js';
import type { Score } from '../../core/model/report.js';

/** A teacher edit asked for from a flag's card (the host forwards it to `<loupe-teacher-edit>`). */
export type TeacherOp =
  | { op: 'dismiss'; id: string; reason?: string }
  | { op: 'restore'; id: string }
  | { op: 'change'; id: string; message?: string; severity?: Severity };

/** Internal: a card asks for a teacher edit. */
export class LoupeTeacherOpEvent extends Event {
  static readonly type = 'loupe-teacher-op';
  constructor(readonly request: TeacherOp) {
    super(LoupeTeacherOpEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired by `<loupe-annotator>` (from its teacher panel) when the teacher's edits changed and were saved in the
 * browser: `edits` (what is saved), `reference` (the flags students are compared against), `score` (recomputed
 * from the reference; null when the rubric is not a bundled one), `message` (what was announced).
 */
export class LoupeEditsChangeEvent extends Event {
  static readonly type = 'loupe-edits-change';
  constructor(
    readonly edits: TeacherEdits,
    readonly edited: EditedReference,
    readonly score: Score | null,
    readonly message: string,
  ) {
    super(LoupeEditsChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Internal: the teacher opened a lesson file for another article (the host loads it). */
export class LoupeLessonOpenEvent extends Event {
  static readonly type = 'loupe-lesson-open';
  constructor(readonly lesson: Lesson) {
    super(LoupeLessonOpenEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'loupe-teacher-op': LoupeTeacherOpEvent;
    'loupe-edits-change': LoupeEditsChangeEvent;
    'loupe-lesson-open': LoupeLessonOpenEvent;
  }
}
