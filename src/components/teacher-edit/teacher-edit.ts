import { LitElement, html, nothing } from 'lit';
import type { Kind, Severity } from '../../core/model/annotation.js';
import type { Report, Score } from '../../core/model/report.js';
import type { EditedReference, TeacherEdits, TeacherState, TeacherStore } from '../../core/lesson/index.js';
import { KIND_LABELS, KIND_SYMBOLS, SEVERITY_LABELS, teacherLabel } from '../../core/render/labels.js';
import { LoupeWorkChangeEvent } from '../events.js';
import { LocalizeController } from '../localize/localize.js';
import { STUDENT_KINDS, loadStudentCore } from '../student-panel/student-panel.js';
import { LoupeEditsChangeEvent, LoupeLessonOpenEvent, type TeacherOp } from './events.js';
import styles from './teacher-edit.styles.js';

type LessonCore = typeof import('../../core/lesson/index.js');
type StudentCore = Awaited<ReturnType<typeof loadStudentCore>>;
let lessonPromise: Promise<LessonCore> | undefined;
/** The lesson logic (schemas, edits, rescoring) is a lazy chunk: loaded only in teacher mode or for a lesson. */
export const loadLessonCore = () => (lessonPromise ??= import('../../core/lesson/index.js'));

const SEVERITIES: readonly Severity[] = ['info', 'caution', 'warning'];

function browserStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const s = window.localStorage;
    s.getItem('loupe:probe');
    return s;
  } catch {
    const m = new Map<string, string>();
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
  }
}

/**
 * @summary The teacher's edits of the reference: add a flag on a selection (mouse, touch, or sentence by
 * sentence), reorder flags for "reveal one by one", restore dismissed flags, undo, the lesson's title and
 * instructions, export and open lesson files. Every change is saved in the browser (crash-safe, per article).
 *
 * @event loupe-edits-change - The edits changed and were saved (`edits`, `edited`, `score`, `message`).
 * @event loupe-work-change - The selection cursor moved (the host re-renders its marks).
 * @event loupe-lesson-open - The teacher opened a lesson for another article (`lesson`).
 */
export class LoupeTeacherEdit extends LitElement {
  static override styles = styles;
  static override properties = {
    report: { attribute: false },
    initial: { attribute: false },
    forceInitial: { type: Boolean, attribute: 'force-initial' },
    rubricId: { attribute: 'rubric-id' },
    lang: { reflect: true },
    state: { state: true },
    edited: { state: true },
    cursor: { state: true },
    message: { state: true },
    ready: { state: true },
  };
  /** The detectors' report (with the notes as reviewed). */
  declare report: Report | null;
  /** Edits from a lesson: used when nothing is saved for this article yet (or always, with force-initial). */
  declare initial: TeacherEdits | null;
  declare forceInitial: boolean;
  /** The bundled rubric the score is recomputed with (default: the report's). */
  declare rubricId: string;
  declare state: TeacherState | null;
  declare edited: EditedReference | null;
  declare cursor: { start: number; end: number } | null;
  declare message: string;
  declare ready: boolean;
  /** The score of the edited reference (null when the rubric is not bundled). */
  score: Score | null = null;
  private readonly localize = new LocalizeController(this);
  private core: LessonCore | null = null;
  private student: StudentCore | null = null;
  private store: TeacherStore | null = null;
  private key = '';
  private spans: { start: number; end: number }[] = [];
  private loadedText: string | null = null;

  constructor() {
    super();
    this.report = null;
    this.initial = null;
    this.forceInitial = false;
    this.rubricId = '';
    this.state = null;
    this.edited = null;
    this.cursor = null;
    this.message = '';
    this.ready = false;
  }

  protected override async willUpdate(changed: Map<string, unknown>) {
    const report = this.report;
    if (!report) return;
    if (report.article.text !== this.loadedText) {
      this.loadedText = report.article.text;
      const [core, student] = await Promise.all([loadLessonCore(), loadStudentCore()]);
      if (this.report !== report) return;
      this.core = core;
      this.student = student;
      this.key = student.articleKey(report.article.text);
      this.store = core.createTeacherStore(browserStorage(), this.key);
      let state = this.store.load();
      if (this.initial && (this.forceInitial || core.isPristine(state.edits))) {
        state = core.commit(state, { ...this.initial, articleKey: this.key });
        this.store.save(state);
      }
      this.state = state;
      this.spans = student.sentenceSpans(report.article);
      this.cursor = null;
      this.ready = true;
      await this.emit('');
    } else if (changed.has('report') && this.ready) {
      await this.emit('');
    }
  }

  private rubricPromise: { id: string; p: Promise<import('../../core/rubric/schema.js').Rubric | null> } | null = null;
  private rubric(): Promise<import('../../core/rubric/schema.js').Rubric | null> {
    const id = this.rubricId || this.report?.score?.rubric.id || '';
    if (!id) return Promise.resolve(null);
    if (this.rubricPromise?.id !== id) this.rubricPromise = { id, p: import('../../core/rubric/bundled.js').then((m) => m.bundledRubric(id)).catch(() => null) };
    return this.rubricPromise.p;
  }

  /** Recompute the edited reference and its score, then tell the host. */
  private async emit(message: string) {
    if (!this.core || !this.state || !this.report) return;
    const edited = this.core.applyEdits(this.report.annotations, this.state.edits);
    this.edited = edited;
    const rubric = await this.rubric();
    this.score = rubric ? this.core.rescore(rubric, this.report.annotations, edited, this.report.lang) : null;
    if (message) this.message = message;
    this.dispatchEvent(new LoupeEditsChangeEvent(this.state.edits, edited, this.score, message));
  }

  /** Save a new version of the edits (the previous goes on the undo stack) and announce `message`. */
  private async commitEdits(next: TeacherEdits, message: (n: number) => string) {
    if (!this.core || !this.state) return;
    this.state = this.core.commit(this.state, next);
    const r = this.store!.save(this.state);
    const n = this.core.applyEdits(this.report!.annotations, next).reference.length;
    await this.emit(r.ok ? message(n) : this.localize.t('editError', { reason: r.message }));
  }

  private kindName(id: string): string {
    const a = this.edited?.all.find((x) => x.id === id) ?? this.report?.annotations.find((x) => x.id === id);
    return a ? KIND_LABELS[a.kind][this.localize.lang] : id;
  }

  /** Apply an edit asked for from a flag's card. */
  async apply(req: TeacherOp): Promise<void> {
    if (!this.core || !this.state || !this.report) return;
    const t = this.localize.t.bind(this.localize);
    const kind = this.kindName(req.id);
    try {
      if (req.op === 'dismiss') await this.commitEdits(this.core.dismissFlag(this.state.edits, req.id, req.reason), (n) => t('announceDismissed', { kind, n }));
      else if (req.op === 'restore') await this.commitEdits(this.core.restoreFlag(this.state.edits, req.id), (n) => t('announceRestored', { kind, n }));
      else await this.commitEdits(this.core.changeFlag(this.state.edits, this.report.annotations, req.id, { message: req.message, severity: req.severity }), () => t('announceFlagEdited', { kind }));
    } catch (e) {
      await this.emit(t('editError', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  /** Use [start, end) as the passage for a new flag (a mouse/touch selection in the article). */
  select(start: number, end: number) {
    this.cursor = { start, end };
    this.dispatchEvent(new LoupeWorkChangeEvent(0));
  }

  /** Move the passage to the next (1) or previous (-1) sentence; `extend` grows it by one sentence. */
  moveSentence(dir: 1 | -1, extend = false) {
    const s = this.student;
    if (!s || !this.spans.length) return;
    const c = this.cursor;
    if (extend && c) {
      const next = s.nextSentence(this.spans, Math.max(c.start, c.end - 1));
      if (next) this.cursor = { start: c.start, end: next.end };
    } else if (dir === 1) this.cursor = (c ? s.nextSentence(this.spans, Math.max(c.start, c.end - 1)) : this.spans[0]) ?? c;
    else this.cursor = (c ? s.previousSentence(this.spans, c.start) : this.spans[0]) ?? c;
    this.dispatchEvent(new LoupeWorkChangeEvent(0));
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const lang = this.localize.lang;
    if (!this.ready || !this.state || !this.edited || !this.report) return html`<section><p>${t('loading')}</p></section>`;
    const text = this.report.article.text;
    const ed = this.edited;
    const quote = this.cursor ? text.slice(this.cursor.start, this.cursor.end) : '';
    const kindLabel = (k: string) => `${KIND_SYMBOLS[k as Kind] ?? ''} ${KIND_LABELS[k as Kind]?.[lang] ?? k}`;
    const snip = (q: string) => (q.length > 90 ? q.slice(0, 89) + '…' : q);
    const dismissed = ed.all.filter((a) => a.teacher?.dismissed);
    const total = ed.reference.length;
    return html`<section aria-labelledby="te-h">
      <h2 id="te-h">${t('teacherEditTitle')}</h2>
      <p class="hint">${t('teacherEditHint')}</p>
      <p data-testid="changes">${t('changesSummary', { added: ed.added.length, edited: ed.changed.length, dismissed: ed.dismissed.length })}</p>
      <div class="row">
        <button type="button" data-action="undo" ?disabled=${!this.state.undo.length} @click=${this.onUndo}>↶ ${t('undo')}</button>
      </div>
      <p class="muted" data-testid="edit-status">${this.message || t('editSaved')}</p>

      <h3>${t('addFlag')}</h3>
      <div class="row" role="group" aria-label=${t('selection')}>
        <button type="button" data-action="prev-sentence" @click=${() => this.moveSentence(-1)}>◀ ${t('prevSentence')}</button>
        <button type="button" data-action="next-sentence" @click=${() => this.moveSentence(1)}>${t('nextSentence')} ▶</button>
        <button type="button" data-action="extend-sentence" ?disabled=${!this.cursor} @click=${() => this.moveSentence(1, true)}>${t('extendSentence')} ⇥</button>
      </div>
      <form @submit=${this.onAdd}>
        <p><strong>${t('selection')}</strong></p>
        <div class="selection" data-testid="teacher-selection">${quote || t('noSelection')}</div>
        <label for="te-kind">${t('kind')}</label>
        <select id="te-kind">${STUDENT_KINDS.map((k) => html`<option value=${k}>${kindLabel(k)}</option>`)}</select>
        <label for="te-msg">${t('flagMessage')}</label>
        <textarea id="te-msg" rows="3"></textarea>
        <label for="te-sev">${t('flagSeverity')}</label>
        <select id="te-sev">${SEVERITIES.map((s) => html`<option value=${s} ?selected=${s === 'caution'}>${SEVERITY_LABELS[s][lang]}</option>`)}</select>
        <label for="te-url">${t('evidenceLink')}</label>
        <input id="te-url" type="url" inputmode="url" />
        <label for="te-label">${t('evidenceLabel')}</label>
        <input id="te-label" type="text" />
        <div class="row"><button type="submit" class="primary" data-action="add-flag" ?disabled=${!quote}>${t('addFlag')}</button></div>
      </form>

      <h3>${t('revealOrder')}</h3>
      <ol class="order">
        ${ed.reference.map(
          (a, i) => html`<li data-annotation-id=${a.id}>
            <strong>${kindLabel(a.kind)}</strong>${teacherLabel(a, lang) ? html` <span class="teacher">${teacherLabel(a, lang)}</span>` : nothing} — <q>${snip(a.quote)}</q>
            <div class="row">
              <button type="button" data-move=${a.id} data-dir="-1" aria-label=${t('moveEarlier', { kind: KIND_LABELS[a.kind][lang], n: i + 1 })} ?disabled=${i === 0} @click=${() => this.onMove(a.id, -1)}>↑</button>
              <button type="button" data-move=${a.id} data-dir="1" aria-label=${t('moveLater', { kind: KIND_LABELS[a.kind][lang], n: i + 1 })} ?disabled=${i === total - 1} @click=${() => this.onMove(a.id, 1)}>↓</button>
            </div>
          </li>`,
        )}
      </ol>

      <h3>${t('dismissedTitle', { n: dismissed.length })}</h3>
      ${dismissed.length
        ? html`<ul class="dismissed">
            ${dismissed.map(
              (a) => html`<li data-annotation-id=${a.id}><strong>${kindLabel(a.kind)}</strong> — <q>${snip(a.quote)}</q>${a.teacher?.dismissed?.reason ? html` — <em>${a.teacher.dismissed.reason}</em>` : nothing}
                <div class="row"><button type="button" data-action="restore" aria-label=${t('restoreFlagLabel', { kind: KIND_LABELS[a.kind][lang], quote: snip(a.quote) })} @click=${() => this.apply({ op: 'restore', id: a.id })}>${t('restoreFlag')}</button></div>
              </li>`,
            )}
          </ul>`
        : nothing}

      <h3>${t('exportLesson')}</h3>
      <label for="te-title">${t('lessonTitle')}</label>
      <input id="te-title" type="text" maxlength="300" .value=${this.state.edits.title} @change=${this.onTitle} />
      <label for="te-instr">${t('instructions')}</label>
      <textarea id="te-instr" rows="3" .value=${this.state.edits.instructions} @change=${this.onInstructions}></textarea>
      <div class="row">
        <button type="button" class="primary" data-action="export-lesson" @click=${this.exportLesson}>${t('exportLesson')}</button>
        <label class="file">${t('openLesson')}<input type="file" data-action="open-lesson" accept=".json,application/json" @change=${this.onOpen} /></label>
      </div>
    </section>`;
  }

  private async onAdd(e: Event) {
    e.preventDefault();
    if (!this.core || !this.state || !this.report || !this.cursor) return;
    const t = this.localize.t.bind(this.localize);
    const q = <T extends HTMLElement>(id: string) => this.renderRoot.querySelector<T>(`#${id}`)!;
    const kind = q<HTMLSelectElement>('te-kind').value as Kind;
    try {
      const next = this.core.addFlag(this.state.edits, this.report.article.text, this.report.annotations, {
        kind,
        start: this.cursor.start,
        end: this.cursor.end,
        message: q<HTMLTextAreaElement>('te-msg').value,
        severity: q<HTMLSelectElement>('te-sev').value as Severity,
        url: q<HTMLInputElement>('te-url').value,
        label: q<HTMLInputElement>('te-label').value,
      });
      for (const id of ['te-msg', 'te-url', 'te-label']) q<HTMLInputElement>(id).value = '';
      this.cursor = null;
      this.dispatchEvent(new LoupeWorkChangeEvent(0));
      await this.commitEdits(next, (n) => t('announceFlagAdded', { kind: KIND_LABELS[kind][this.localize.lang], n }));
    } catch (err) {
      const field = (err as { field?: string }).field;
      await this.emit(t('editError', { reason: err instanceof Error ? err.message : String(err) }));
      const focus = field === 'message' ? 'te-msg' : field === 'url' ? 'te-url' : '';
      if (focus) q<HTMLElement>(focus).focus();
    }
  }

  private async onMove(id: string, dir: -1 | 1) {
    if (!this.core || !this.state || !this.edited) return;
    const order = this.core.revealOrder(this.edited);
    const next = this.core.moveFlag(this.state.edits, order, id, dir);
    const pos = order.indexOf(id) + dir + 1;
    await this.commitEdits(next, (n) => this.localize.t('announceMoved', { kind: this.kindName(id), n: pos, total: n }));
    await this.updateComplete;
    const b = this.renderRoot.querySelector<HTMLButtonElement>(`button[data-move="${CSS.escape(id)}"][data-dir="${dir}"]`);
    (b && !b.disabled ? b : this.renderRoot.querySelector<HTMLButtonElement>(`button[data-move="${CSS.escape(id)}"]:not([disabled])`))?.focus();
  }

  private async onUndo() {
    if (!this.core || !this.state) return;
    this.state = this.core.undo(this.state);
    const r = this.store!.save(this.state);
    const n = this.core.applyEdits(this.report!.annotations, this.state.edits).reference.length;
    await this.emit(r.ok ? this.localize.t('announceUndone', { n }) : this.localize.t('editError', { reason: r.message }));
  }

  private async onTitle(e: Event) {
    if (!this.core || !this.state) return;
    const next = this.core.setTitle(this.state.edits, (e.target as HTMLInputElement).value);
    if (next !== this.state.edits) await this.commitEdits(next, () => this.localize.t('editSaved'));
  }

  private async onInstructions(e: Event) {
    if (!this.core || !this.state) return;
    const next = this.core.setInstructions(this.state.edits, (e.target as HTMLTextAreaElement).value);
    if (next !== this.state.edits) await this.commitEdits(next, () => this.localize.t('editSaved'));
  }

  /** The lesson file of the current edits (what Export lesson downloads). */
  lesson() {
    if (!this.core || !this.state || !this.report) return null;
    return this.core.buildLesson({ report: this.report, edits: this.state.edits, score: this.score, rubric: this.rubricId || this.report.score?.rubric.id || null });
  }

  private exportLesson() {
    const lesson = this.lesson();
    if (!lesson) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(lesson, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `loupe-lesson-${this.key}.json`;
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async onOpen(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.core || !this.state || !this.student) return;
    const t = this.localize.t.bind(this.localize);
    // Nothing is changed or saved before the whole file has parsed and checked.
    const r = this.core.readLessonFile(await file.text(), file.name);
    if (!r.ok) {
      await this.emit(t('lessonError', { reason: r.error }));
      return;
    }
    if (this.student.articleKey(r.lesson.article.text) !== this.key) {
      this.dispatchEvent(new LoupeLessonOpenEvent(r.lesson));
      return;
    }
    const { edits } = this.core.lessonParts(r.lesson);
    await this.commitEdits({ ...edits, articleKey: this.key }, (n) => t('lessonOpened', { n }));
  }
}
