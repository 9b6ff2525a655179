import type { Report } from '../core/model/report.js';

/** Fired by `<loupe-annotator>` when a report is loaded (from `src`, an article or inline text) and rendered. */
export class LoupeReadyEvent extends Event {
  static readonly type = 'loupe-ready';
  constructor(readonly report: Report) {
    super(LoupeReadyEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when loading or analysing fails; the widget also shows `message`. */
export class LoupeErrorEvent extends Event {
  static readonly type = 'loupe-error';
  constructor(readonly message: string) {
    super(LoupeErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by the article view when a flag (reference or student) is activated. */
export class LoupeFlagOpenEvent extends Event {
  static readonly type = 'loupe-flag-open';
  constructor(readonly annotationId: string | null) {
    super(LoupeFlagOpenEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by the article view when the user selects text in the article (UTF-16 offsets into article.text). */
export class LoupeSelectEvent extends Event {
  static readonly type = 'loupe-select';
  constructor(readonly start: number, readonly end: number) {
    super(LoupeSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<loupe-annotator>` when a teacher approves, edits or rejects a note (the new report is attached). */
export class LoupeNoteChangeEvent extends Event {
  static readonly type = 'loupe-note-change';
  constructor(readonly annotationId: string, readonly report: Report) {
    super(LoupeNoteChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Internal request from the annotation card to change a note's status. */
export class LoupeNoteActionEvent extends Event {
  static readonly type = 'loupe-note-action';
  constructor(
    readonly annotationId: string,
    readonly action: 'approve' | 'reject' | 'reopen' | 'edit',
    readonly edit?: { text: string; question?: string; check?: string },
  ) {
    super(LoupeNoteActionEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the student's work changes (after it is auto-saved). */
export class LoupeWorkChangeEvent extends Event {
  static readonly type = 'loupe-work-change';
  constructor(readonly annotationCount: number) {
    super(LoupeWorkChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired on "Submit" (the same payload is posted to the parent window as `{ type: 'loupe:submit', … }`). */
export class LoupeSubmitEvent extends Event {
  static readonly type = 'loupe-submit';
  constructor(readonly score: unknown, readonly annotations: unknown[]) {
    super(LoupeSubmitEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'loupe-ready': LoupeReadyEvent;
    'loupe-error': LoupeErrorEvent;
    'loupe-flag-open': LoupeFlagOpenEvent;
    'loupe-select': LoupeSelectEvent;
    'loupe-note-change': LoupeNoteChangeEvent;
    'loupe-note-action': LoupeNoteActionEvent;
    'loupe-work-change': LoupeWorkChangeEvent;
    'loupe-submit': LoupeSubmitEvent;
  }
}
