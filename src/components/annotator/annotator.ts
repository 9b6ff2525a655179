import { LitElement, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Lang } from '../../core/model/article.js';
import type { Annotation, Kind } from '../../core/model/annotation.js';
import type { Report } from '../../core/model/report.js';
import type { RubricRef } from '../../core/rubric/index.js';
import { approveNote, editNote, forStudents, rejectNote, reopenNote } from '../../core/notes.js';
import { KIND_LABELS, KIND_SYMBOLS, teacherLabel } from '../../core/render/labels.js';
import type { Score } from '../../core/model/report.js';
import type { EditedReference, TeacherEdits } from '../../core/lesson/index.js';
import {
  LoupeErrorEvent,
  LoupeFlagOpenEvent,
  LoupeNoteActionEvent,
  LoupeNoteChangeEvent,
  LoupeReadyEvent,
  LoupeSelectEvent,
} from '../events.js';
import { LocalizeController } from '../localize/localize.js';
import type { LoupeArticleView, ViewAnnotation } from '../article-view/article-view.js';
import type { LoupeStudentPanel } from '../student-panel/student-panel.js';
import { loadLessonCore, type LoupeTeacherEdit } from '../teacher-edit/teacher-edit.js';
import type { LoupeEditsChangeEvent, LoupeLessonOpenEvent, LoupeTeacherOpEvent } from '../teacher-edit/events.js';
import styles from './annotator.styles.js';

const MISSION = new Set<string>(['state-media', 'caption-mismatch', 'headline-framing', 'unsourced-claim']);

/** A one-line, human-readable reason from anything thrown. */
function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m.split('\n')[0] ?? '').slice(0, 300);
}

/**
 * @summary Shows a news article with Loupe's flags for a class (teacher mode), or lets a student annotate it blind
 * and compare with the reference (student mode).
 *
 * @event loupe-ready - The report is loaded and rendered (`event.report`).
 * @event loupe-error - Loading or analysing failed (`event.message`, also shown in the widget).
 * @event loupe-note-change - The teacher approved, edited or rejected a note (`event.report` is the new report).
 * @event loupe-work-change - The student's work changed and was saved in the browser.
 * @event loupe-submit - The student submitted (`score`, `annotations`); also posted to the parent window.
 * @event loupe-edits-change - The teacher edited the reference (saved in the browser): `edits`, `edited`, `score`.
 *
 * @csspart base - The widget's outer box.
 * @csspart toolbar - The tool bar (filters, reveal, projector, print).
 * @csspart error - The error box.
 * @csspart mark - (of the article view) every highlighted run.
 * @csspart flag - (of the article view) every flag button.
 *
 * @cssproperty --loupe-fg - Text colour.
 * @cssproperty --loupe-bg - Background colour.
 * @cssproperty --loupe-focus - Focus ring and link colour.
 * @cssproperty --loupe-font-size - Article text size (the projector switch sets 1.7rem).
 * @cssproperty --loupe-font-family - Font.
 * @cssproperty --loupe-mark-bg - Highlight of a mark; `--loupe-kind-<kind>` per kind.
 */
export class LoupeAnnotator extends LitElement {
  static override styles = styles;
  static override properties = {
    src: {},
    articleSrc: { attribute: 'article-src' },
    mode: { reflect: true },
    lang: { reflect: true },
    rubric: {},
    theme: { reflect: true },
    projector: { type: Boolean, reflect: true },
    noShortcuts: { type: Boolean, attribute: 'no-shortcuts', reflect: true },
    hideChrome: { type: Boolean, attribute: 'hide-chrome' },
    submitOrigin: { attribute: 'submit-origin' },
    report: { attribute: false },
    text: { attribute: false },
    status: { state: true },
    error: { state: true },
    hiddenKinds: { state: true },
    revealing: { state: true },
    revealed: { state: true },
    openId: { state: true },
    live: { state: true },
    studentTick: { state: true },
    teacherEdited: { state: true },
    teacherScore: { state: true },
    lessonEdits: { state: true },
  };

  /** URL of a report JSON made by `loupe analyze --format json`, or of a lesson (`loupe lesson`, Export lesson). */
  declare src: string;
  /** URL of an article (text, HTML or JSON) to analyse in the browser. */
  declare articleSrc: string;
  /** `teacher` (all flags) or `student` (blind first pass, then compare). */
  declare mode: 'teacher' | 'student';
  /** Rubric: a bundled id or the URL of a rubric file (JSON or YAML). Used when analysing in the browser. */
  declare rubric: string;
  /** `light` or `dark` to force a theme (default: the system's). */
  declare theme: string;
  /** Projector-friendly text size. */
  declare projector: boolean;
  /** Turn off single-key shortcuts. */
  declare noShortcuts: boolean;
  /** Hide navigation and boilerplate blocks instead of dimming them. */
  declare hideChrome: boolean;
  /** Origin of the LMS page allowed to receive `loupe:submit` (default: the embedding page's, from the referrer). */
  declare submitOrigin: string;
  /** A report object (instead of `src`). */
  declare report: Report | null;
  /** The article text (instead of inline content). */
  declare text: string | null;
  declare status: 'idle' | 'loading' | 'ready' | 'error';
  declare error: string;
  declare hiddenKinds: ReadonlySet<string>;
  declare revealing: boolean;
  declare revealed: number;
  declare openId: string | null;
  declare live: string;
  declare studentTick: number;
  /** The teacher's edited reference (teacher mode, from the edit panel). */
  declare teacherEdited: EditedReference | null;
  declare teacherScore: Score | null;
  /** The edits of the lesson loaded from `src` (null for a plain report or article). */
  declare lessonEdits: TeacherEdits | null;
  private lessonEdited: EditedReference | null = null;
  private lessonForce = false;
  private lessonRubric = '';
  private lessonInstructions = '';

  private readonly localize = new LocalizeController(this);
  private loadToken = 0;
  private reportFromLoad = false;
  private lastFocusId: string | null = null;

  constructor() {
    super();
    this.src = '';
    this.articleSrc = '';
    this.mode = 'teacher';
    this.rubric = '';
    this.theme = '';
    this.projector = false;
    this.noShortcuts = false;
    this.submitOrigin = '';
    this.hideChrome = false;
    this.report = null;
    this.text = null;
    this.status = 'idle';
    this.error = '';
    this.hiddenKinds = new Set();
    this.revealing = false;
    this.revealed = 0;
    this.openId = null;
    this.live = '';
    this.studentTick = 0;
    this.teacherEdited = null;
    this.teacherScore = null;
    this.lessonEdits = null;
  }

  /** The interface language in use. */
  get uiLang(): Lang {
    return this.localize.lang;
  }

  protected override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('src') || changed.has('articleSrc') || changed.has('text') || changed.has('rubric')) {
      if (this.src || this.articleSrc || this.text != null || this.textContent?.trim()) void this.load();
      else if (!this.report) {
        this.status = 'error';
        this.error = this.localize.t('errorEmpty');
      }
    }
    if (changed.has('report') && this.report && !this.reportFromLoad) {
      this.status = 'ready';
      this.error = '';
      this.openId = null;
    }
    this.reportFromLoad = false;
    if (changed.has('mode')) this.openId = null;
  }

  /** Load from `src`, `article-src`, `text` or the inline text, in that order of preference. */
  async load(): Promise<void> {
    const token = ++this.loadToken;
    const t = this.localize.t.bind(this.localize);
    this.status = 'loading';
    try {
      let report: Report;
      if (this.src) {
        const json = await fetchBody(this.src, 'json');
        const lessonCore = await loadLessonCore();
        if (lessonCore.looksLikeLesson(json)) {
          report = this.useLesson(lessonCore, lessonCore.parseLesson(json, this.src), false);
        } else {
          const { Report } = await import('../../core/model/report.js');
          const r = Report.safeParse(json);
          if (!r.success) {
            const i = r.error.issues[0]!;
            throw new Error(t('errorReport', { reason: `${i.path.join('.') || '(root)'}: ${i.message}` }));
          }
          report = r.data;
          this.useLesson(lessonCore, null, false);
        }
      } else {
        const articleSrc = this.articleSrc;
        const body = this.text ?? (articleSrc ? ((await fetchBody(articleSrc, 'text')) as string) : (this.textContent ?? ''));
        const { analyzeInBrowser, parseRubricText } = await import('../analyze-browser.js');
        let rubric: RubricRef = undefined;
        if (this.rubric) rubric = /^(https?:|\.{0,2}\/)|\.(json|ya?ml)$/i.test(this.rubric) ? await parseRubricText((await fetchBody(this.rubric, 'text')) as string, this.rubric) : this.rubric;
        report = await analyzeInBrowser(body, { rubric, url: articleSrc ? new URL(articleSrc, location.href).href : undefined, where: articleSrc || 'article' });
        this.useLesson(null, null, false);
      }
      if (token !== this.loadToken) return;
      this.reportFromLoad = true;
      this.report = report;
      this.status = 'ready';
      this.error = '';
      this.openId = null;
      this.revealed = 0;
      await this.updateComplete;
      this.live = this.mode === 'teacher' ? t('announceFlags', { n: this.visibleAnnotations().length }) : '';
      this.dispatchEvent(new LoupeReadyEvent(report));
    } catch (e) {
      if (token !== this.loadToken) return;
      const what = this.src || this.articleSrc || 'article';
      const reason = reasonOf(e);
      this.status = 'error';
      this.error = /^(This file|Ce fichier|Este archivo)/.test(reason) ? reason : t('errorLoad', { what, reason });
      this.dispatchEvent(new LoupeErrorEvent(this.error));
    }
  }

  /** Remember a lesson's edits (or forget them: null); returns the detectors' report it holds. */
  private useLesson(core: typeof import('../../core/lesson/index.js') | null, lesson: import('../../core/lesson/index.js').Lesson | null, force: boolean): Report {
    this.teacherEdited = null;
    this.teacherScore = null;
    if (!core || !lesson) {
      this.lessonEdits = null;
      this.lessonEdited = null;
      this.lessonForce = false;
      this.lessonRubric = '';
      this.lessonInstructions = '';
      return this.report!;
    }
    const parts = core.lessonParts(lesson);
    this.lessonEdits = parts.edits;
    this.lessonEdited = core.applyEdits(parts.report.annotations, parts.edits);
    this.lessonForce = force;
    this.lessonRubric = lesson.rubric ?? '';
    this.lessonInstructions = lesson.instructions;
    return parts.report;
  }

  /**
   * The reference flags in use, in reveal order: in teacher mode the teacher's edited reference; in student mode
   * the lesson's (the detectors' flags for a plain report).
   */
  referenceAnnotations(): Annotation[] {
    if (!this.report) return [];
    const edited = this.mode === 'student' ? this.lessonEdited : this.teacherEdited;
    return edited?.reference ?? this.report.annotations;
  }

  /** The score shown: recomputed from the teacher's edits when there are some. */
  private shownScore(): Score | null {
    return (this.mode !== 'student' && this.teacherEdited && this.teacherScore) || this.report?.score || null;
  }

  /** The reference after the kind filter (teacher mode), in reveal order. */
  private filtered(): Annotation[] {
    return this.referenceAnnotations().filter((a) => !this.hiddenKinds.has(a.kind));
  }

  private visibleMemo: { deps: unknown[]; list: ViewAnnotation[] } | null = null;

  /** What the article view marks right now (the same array while nothing it depends on changes). */
  visibleAnnotations(): ViewAnnotation[] {
    const panel = this.mode === 'student' ? this.panel() : null;
    const deps = [this.report, this.mode, this.hiddenKinds, this.revealing, this.revealed, panel?.work, panel?.comparison, this.teacherEdited];
    const m = this.visibleMemo;
    if (m && m.deps.length === deps.length && m.deps.every((d, i) => d === deps[i])) return m.list;
    const list = this.computeVisible(panel);
    this.visibleMemo = { deps, list };
    return list;
  }

  private computeVisible(panel: LoupeStudentPanel | null): ViewAnnotation[] {
    if (!this.report) return [];
    if (this.mode !== 'student') {
      const list = this.filtered();
      return this.revealing ? list.slice(0, this.revealed) : list;
    }
    const work = panel?.work?.annotations ?? [];
    const cmp = panel?.comparison;
    if (!cmp) return work.map((a) => ({ id: a.id, kind: a.kind, start: a.start, end: a.end, status: 'student' as const }));
    return [
      ...cmp.matched.map((m) => ({ id: m.reference.id, kind: m.reference.kind, start: m.reference.start, end: m.reference.end, status: 'matched' as const })),
      ...cmp.missed.map((a) => ({ id: a.id, kind: a.kind, start: a.start, end: a.end, status: 'missed' as const })),
      ...cmp.extra.map((a) => ({ id: a.id, kind: a.kind, start: a.start, end: a.end, status: 'extra' as const })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private panel(): LoupeStudentPanel | null {
    return this.renderRoot?.querySelector('loupe-student-panel') ?? null;
  }
  private teacherPanel(): LoupeTeacherEdit | null {
    return this.renderRoot?.querySelector('loupe-teacher-edit') ?? null;
  }
  private view(): LoupeArticleView | null {
    return this.renderRoot?.querySelector('loupe-article-view') ?? null;
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const lang = this.uiLang;
    const live = html`<div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.live}</div>`;
    if (this.status === 'error') return html`<div class="base" part="base">${live}<div class="error" part="error" role="alert">${this.error}</div></div>`;
    if (this.status !== 'ready' || !this.report) return html`<div class="base" part="base">${live}<p class="status" role="status">${this.articleSrc || this.text != null ? t('analysing') : t('loading')}</p></div>`;
    const report = this.report;
    const teacher = this.mode !== 'student';
    const panel = this.panel();
    return html`<div class="base" part="base" data-mode=${this.mode} @keydown=${this.onKeyDown} @loupe-flag-open=${this.onFlagOpen} @loupe-select=${this.onSelect} @loupe-note-action=${this.onNoteAction} @loupe-work-change=${this.onWorkChange} @loupe-teacher-op=${this.onTeacherOp} @loupe-edits-change=${this.onEditsChange} @loupe-lesson-open=${this.onLessonOpen}>
      ${live}
      <div class="toolbar" part="toolbar" role="group" aria-label=${t('toolbar')}>
        ${teacher ? this.renderTeacherTools() : nothing}
        <label><input type="checkbox" .checked=${this.projector} @change=${(e: Event) => (this.projector = (e.target as HTMLInputElement).checked)} /> ${t('projector')}</label>
        <label><input type="checkbox" .checked=${!this.noShortcuts} @change=${(e: Event) => (this.noShortcuts = !(e.target as HTMLInputElement).checked)} /> ${t('shortcuts')}</label>
        ${teacher ? html`<button type="button" data-action="print" @click=${() => window.print()}>${t('print')}</button>` : nothing}
        ${teacher && report.annotations.some((a) => a.note) ? html`<button type="button" data-action="export-report" @click=${this.exportReport}>${t('exportReport')}</button>` : nothing}
      </div>
      ${report.warnings.some((w) => w.startsWith('html budget:')) ? html`<p class="help budget" part="notice" role="note">${t('budgetCut')}</p>` : nothing}
      ${this.noShortcuts ? nothing : html`<p class="help">${teacher ? t('keyboardHelp') : t('keyboardHelpStudent') + ' ' + t('keyboardHelp')}</p>`}
      <div class="layout">
        <article aria-label=${t('article')}>
          <loupe-article-view
            lang=${lang}
            ?hide-chrome=${this.hideChrome}
            .article=${report.article}
            .annotations=${this.visibleAnnotations()}
            .openId=${this.openId}
            .cursor=${teacher ? (this.teacherPanel()?.cursor ?? null) : (panel?.cursor ?? null)}
            .renderCard=${this.renderCard}
          ></loupe-article-view>
        </article>
        <aside>
          ${teacher
            ? html`<loupe-scorecard lang=${lang} .score=${this.shownScore()}></loupe-scorecard>
                <loupe-teacher-edit lang=${lang} .report=${report} .initial=${this.lessonEdits} ?force-initial=${this.lessonForce} rubric-id=${this.lessonRubric}></loupe-teacher-edit>`
            : html`${this.lessonInstructions ? html`<section class="instructions" aria-labelledby="instr-h"><h2 id="instr-h">${t('instructionsHeading')}</h2><p data-testid="instructions">${this.lessonInstructions}</p></section>` : nothing}
                <loupe-student-panel lang=${lang} source-url=${this.articleSrc || ''} submit-origin=${this.submitOrigin || ''} .article=${report.article} .reference=${this.referenceAnnotations()}></loupe-student-panel>`}
        </aside>
      </div>
      ${teacher ? guard([report, this.hiddenKinds, lang, this.teacherEdited, this.teacherScore], () => this.renderHandout()) : nothing}
    </div>`;
  }

  private renderTeacherTools() {
    const t = this.localize.t.bind(this.localize);
    const lang = this.uiLang;
    const counts = new Map<string, number>();
    for (const a of this.referenceAnnotations()) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
    const total = this.filtered().length;
    return html`<fieldset>
        <legend>${t('filterLegend')}</legend>
        ${counts.size === 0 ? html`<span>${t('noFlags')}</span>` : nothing}
        ${[...counts].map(
          ([k, n]) => html`<label data-kind=${k}><input type="checkbox" name="kind" value=${k} .checked=${!this.hiddenKinds.has(k)} @change=${this.onFilter} />
            <span aria-hidden="true">${KIND_SYMBOLS[k as Kind] ?? '•'}</span> ${KIND_LABELS[k as Kind]?.[lang] ?? k} (<span class="count">${n}</span>)</label>`,
        )}
      </fieldset>
      ${this.revealing
        ? html`<button type="button" data-action="reveal-next" ?disabled=${this.revealed >= total} @click=${this.revealNext}>${t('revealNext')}</button>
            <button type="button" data-action="reveal-all" @click=${() => ((this.revealing = false), (this.live = t('announceFlags', { n: total })))}>${t('revealAll')}</button>
            <span class="count" data-testid="revealed">${t('revealedCount', { n: Math.min(this.revealed, total), total })}</span>`
        : html`<button type="button" data-action="reveal-start" @click=${() => ((this.revealing = true), (this.revealed = 0), (this.openId = null))}>${t('revealStart')}</button>`}`;
  }

  /** The card of an annotation, placed by the article view next to its mark. */
  private renderCard = (id: string) => {
    const report = this.report;
    if (!report) return nothing;
    const lang = this.uiLang;
    const ref = this.referenceAnnotations().find((a) => a.id === id);
    const view = this.visibleAnnotations().find((a) => a.id === id);
    const criteria = ref ? (this.shownScore()?.criteria ?? []).filter((c) => c.reasons.some((r) => r.annotationIds.includes(id))) : [];
    if (ref && (this.mode === 'teacher' || (view && view.status !== 'student' && view.status !== 'extra'))) {
      return html`<loupe-annotation-card id="loupe-card" lang=${lang} mode=${this.mode} status=${this.mode === 'student' ? (view?.status ?? '') : ''} .annotation=${ref} .criteria=${criteria}>${this.mode === 'teacher' ? html`<loupe-flag-edit lang=${lang} .annotation=${ref}></loupe-flag-edit>` : nothing}</loupe-annotation-card>`;
    }
    const s = this.panel()?.work?.annotations.find((a) => a.id === id);
    if (!s) return nothing;
    return html`<loupe-annotation-card id="loupe-card" lang=${lang} mode="student" status=${view?.status === 'extra' ? 'extra' : ''} .student=${s}></loupe-annotation-card>`;
  };

  private renderHandout() {
    const t = this.localize.t.bind(this.localize);
    const lang = this.uiLang;
    const report = this.report!;
    const list = this.filtered();
    const questions = [
      ...(this.shownScore()?.criteria.flatMap((c) => c.prompts) ?? []),
      ...list.filter((a) => a.note?.question && (a.note.status === 'approved' || a.note.status === 'edited')).map((a) => a.note!.question!),
    ];
    return html`<section class="handout" aria-hidden="true">
      <h2>${t('handoutTitle')} — ${t('handoutFlags')}</h2>
      <ol>${list.map((a) => html`<li><strong>${KIND_SYMBOLS[a.kind]} ${KIND_LABELS[a.kind][lang]}</strong>${teacherLabel(a, lang) ? html` <em class="teacher">${teacherLabel(a, lang)}</em>` : nothing} — « ${a.quote.length > 200 ? a.quote.slice(0, 200) + '…' : a.quote} » — ${a.message}</li>`)}</ol>
      ${questions.length ? html`<h2>${t('handoutQuestions')}</h2><ol>${questions.map((q) => html`<li>${q}</li>`)}</ol>` : nothing}
    </section>`;
  }

  private onFilter(e: Event) {
    const input = e.target as HTMLInputElement;
    const next = new Set(this.hiddenKinds);
    if (input.checked) next.delete(input.value);
    else next.add(input.value);
    this.hiddenKinds = next;
    this.openId = null;
    this.live = this.localize.t('announceFlags', { n: this.filtered().length });
  }

  private revealNext() {
    const list = this.filtered();
    if (this.revealed >= list.length) return;
    this.revealed++;
    const a = list[this.revealed - 1]!;
    this.live = this.localize.t('announceRevealed', { n: this.revealed, total: list.length, kind: KIND_LABELS[a.kind][this.uiLang] });
  }

  private async onFlagOpen(e: LoupeFlagOpenEvent) {
    e.stopPropagation();
    const prev = this.openId;
    this.openId = e.annotationId;
    if (e.annotationId) {
      this.lastFocusId = e.annotationId;
      await this.updateComplete;
      await this.view()?.updateComplete;
      const card = this.view()?.renderRoot.querySelector<HTMLElement>('#loupe-card');
      card?.focus();
    } else if (prev) {
      await this.updateComplete;
      await this.view()?.updateComplete;
      this.view()?.focusFlag(prev);
    }
  }

  private onSelect(e: LoupeSelectEvent) {
    if (this.mode === 'student') this.panel()?.select(e.start, e.end);
    else this.teacherPanel()?.select(e.start, e.end);
  }

  private onTeacherOp(e: LoupeTeacherOpEvent) {
    e.stopPropagation();
    if (this.mode !== 'teacher') return;
    void this.teacherPanel()?.apply(e.request);
  }

  private async onEditsChange(e: LoupeEditsChangeEvent) {
    const prev = this.referenceAnnotations().map((a) => a.id);
    this.teacherEdited = e.edited;
    this.teacherScore = e.score;
    this.lessonForce = false;
    if (e.message) this.live = e.message;
    // The open flag was dismissed: close its card and put the focus on the next flag (or the panel).
    if (this.openId && !e.edited.reference.some((a) => a.id === this.openId)) {
      const i = prev.indexOf(this.openId);
      this.openId = null;
      await this.updateComplete;
      await this.view()?.updateComplete;
      const next = e.edited.reference.find((a) => prev.indexOf(a.id) > i) ?? e.edited.reference[0];
      if (!next || !this.view()?.focusFlag(next.id)) this.teacherPanel()?.focus();
    }
  }

  private async onLessonOpen(e: LoupeLessonOpenEvent) {
    e.stopPropagation();
    const core = await loadLessonCore();
    const report = this.useLesson(core, e.lesson, true);
    this.reportFromLoad = true;
    this.report = report;
    this.openId = null;
    this.revealed = 0;
    this.live = this.localize.t('lessonOpened', { n: this.lessonEdited?.reference.length ?? 0 });
  }

  private onWorkChange() {
    this.studentTick++;
    const cmp = this.panel()?.comparison;
    if (cmp && this.live.indexOf(String(cmp.score.percent)) === -1) {
      this.live = this.localize.t('announceCompare', { matched: cmp.matched.length, missed: cmp.missed.length, extra: cmp.extra.length });
    }
  }

  private onNoteAction(e: LoupeNoteActionEvent) {
    e.stopPropagation();
    if (!this.report || this.mode !== 'teacher') return;
    try {
      const r = this.report;
      const next =
        e.action === 'approve' ? approveNote(r, e.annotationId)
        : e.action === 'reject' ? rejectNote(r, e.annotationId)
        : e.action === 'reopen' ? reopenNote(r, e.annotationId)
        : editNote(r, e.annotationId, e.edit ?? { text: '' });
      this.reportFromLoad = true;
      this.report = next;
      this.dispatchEvent(new LoupeNoteChangeEvent(e.annotationId, next));
    } catch (err) {
      this.live = reasonOf(err);
    }
  }

  private exportReport() {
    if (!this.report) return;
    const body = JSON.stringify(forStudents(this.report), null, 2);
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'loupe-report.json';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.openId) {
      e.preventDefault();
      void this.onFlagOpen(new LoupeFlagOpenEvent(null));
      return;
    }
    if (this.noShortcuts || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    const typing = target && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) || (target.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset|file)$/.test((target as HTMLInputElement).type)));
    if (typing) return;
    const key = e.key.toLowerCase();
    const student = this.mode === 'student';
    const panel = this.panel();
    if (key === 'n' || key === 'p') {
      e.preventDefault();
      this.moveFlag(key === 'n' ? 1 : -1, target);
    } else if (student && panel && (key === 'j' || key === 'k' || key === 'l')) {
      e.preventDefault();
      panel.moveSentence(key === 'k' ? -1 : 1, key === 'l');
    } else if (student && panel && key === 't') {
      e.preventDefault();
      panel.tagCurrent();
    } else if (student && panel && /^[1-4]$/.test(key)) {
      e.preventDefault();
      panel.pickKind(Number(key) - 1);
    } else if (!student && (key === 'j' || key === 'k' || key === 'l')) {
      const tp = this.teacherPanel();
      if (!tp) return;
      e.preventDefault();
      tp.moveSentence(key === 'k' ? -1 : 1, key === 'l');
    }
  }

  private moveFlag(dir: 1 | -1, target?: HTMLElement) {
    const view = this.view();
    if (!view) return;
    const buttons = view.flagButtons();
    if (!buttons.length) return;
    const currentId = target?.dataset?.annotationId ?? this.openId ?? this.lastFocusId;
    let i = buttons.findIndex((b) => b.dataset.annotationId === currentId);
    i = i === -1 ? (dir === 1 ? 0 : buttons.length - 1) : (i + dir + buttons.length) % buttons.length;
    const b = buttons[i]!;
    this.lastFocusId = b.dataset.annotationId ?? null;
    b.focus();
    b.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    this.live = this.localize.t('flagPosition', { n: i + 1, total: buttons.length });
    if (this.openId) this.openId = b.dataset.annotationId ?? null;
  }
}

/** Fetch a URL the page gave the widget (the only network requests it makes). */
async function fetchBody(url: string, as: 'json' | 'text'): Promise<unknown> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
  const body = await res.text();
  if (as === 'text') return body;
  try {
    return JSON.parse(body);
  } catch {
    throw new Error('not JSON');
  }
}
