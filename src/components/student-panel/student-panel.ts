import { LitElement, html, nothing } from 'lit';
import { submitTarget } from '../submit-target.js';
import type { Article } from '../../core/model/article.js';
import type { Annotation, Kind } from '../../core/model/annotation.js';
import type { StudentAnnotation, StudentWork, Comparison, WorkStore } from '../../core/student/index.js';
import { KIND_LABELS, KIND_SYMBOLS } from '../../core/render/labels.js';
import { LoupeSubmitEvent, LoupeWorkChangeEvent } from '../events.js';
import { LocalizeController } from '../localize/localize.js';
import styles from './student-panel.styles.js';

/** The kinds a student picks from (the rubric's mission kinds). */
export const STUDENT_KINDS: readonly Kind[] = ['state-media', 'caption-mismatch', 'headline-framing', 'unsourced-claim'];

type StudentCore = typeof import('../../core/student/index.js');
let corePromise: Promise<StudentCore> | undefined;
/** The student-work logic (zod schemas, Web Annotation import) is a lazy chunk: teacher mode never loads it. */
export const loadStudentCore = () => (corePromise ??= import('../../core/student/index.js'));

function browserStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const s = window.localStorage;
    s.getItem('loupe:probe');
    return s;
  } catch {
    // Sandboxed iframes without storage: keep the work in memory for this session.
    const m = new Map<string, string>();
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
  }
}

/**
 * @summary The student's blind first pass: select a passage (mouse, touch, or sentence by sentence), pick a kind,
 * write a note; edit and delete; auto-save; compare with the reference; export/import Web Annotation JSON-LD and
 * CSV; submit to the LMS page.
 *
 * @event loupe-work-change - The work, the keyboard cursor or the comparison changed (the host re-renders marks).
 * @event loupe-submit - The student pressed Submit (also posted to the parent window as `loupe:submit`).
 *
 * @csspart panel - The panel's box.
 */
export class LoupeStudentPanel extends LitElement {
  static override styles = styles;
  static override properties = {
    article: { attribute: false },
    reference: { attribute: false },
    sourceUrl: { attribute: 'source-url' },
    submitOrigin: { attribute: 'submit-origin' },
    lang: { reflect: true },
    work: { state: true },
    cursor: { state: true },
    comparison: { state: true },
    editingId: { state: true },
    message: { state: true },
    ready: { state: true },
  };
  declare article: Article | null;
  /** The reference annotations (from the report), used only when comparing. */
  declare reference: readonly Annotation[];
  declare sourceUrl: string;
  /** Who may receive `loupe:submit`: an explicit origin, else the embedding page's origin (referrer), else any. */
  declare submitOrigin: string;
  declare work: StudentWork | null;
  /** The passage about to be annotated. */
  declare cursor: { start: number; end: number } | null;
  declare comparison: Comparison | null;
  declare editingId: string | null;
  declare message: string;
  declare ready: boolean;
  private readonly localize = new LocalizeController(this);
  private core: StudentCore | null = null;
  private store: WorkStore | null = null;
  private spans: { start: number; end: number }[] = [];
  private loadedFor: Article | null = null;

  constructor() {
    super();
    this.article = null;
    this.reference = [];
    this.sourceUrl = '';
    this.submitOrigin = '';
    this.work = null;
    this.cursor = null;
    this.comparison = null;
    this.editingId = null;
    this.message = '';
    this.ready = false;
  }

  protected override async willUpdate(changed: Map<string, unknown>) {
    if (changed.has('article') && this.article && this.article !== this.loadedFor) {
      const article = this.article;
      this.loadedFor = article;
      const core = (this.core = await loadStudentCore());
      if (this.article !== article) return;
      this.store = core.createWorkStore(browserStorage(), core.articleKey(article.text));
      this.work = this.store.load();
      this.spans = core.sentenceSpans(article);
      this.comparison = null;
      this.cursor = null;
      this.ready = true;
      this.changed();
    }
  }

  private changed() {
    this.dispatchEvent(new LoupeWorkChangeEvent(this.work?.annotations.length ?? 0));
  }

  private setWork(work: StudentWork) {
    this.work = work;
    this.store?.save(work);
    if (this.comparison) this.comparison = this.core!.compareWork(this.reference as Annotation[], work.annotations, this.article!.text);
    this.changed();
  }

  /** Use [start, end) as the passage to annotate (from a mouse/touch selection in the article). */
  select(start: number, end: number) {
    this.cursor = { start, end };
    this.changed();
  }

  /** Move the cursor to the next (1) or previous (-1) sentence; `extend` grows it to the next sentence. */
  moveSentence(dir: 1 | -1, extend = false) {
    if (!this.core || !this.spans.length) return;
    const c = this.cursor;
    if (extend && c) {
      const next = this.core.nextSentence(this.spans, Math.max(c.start, c.end - 1));
      if (next) this.cursor = { start: c.start, end: next.end };
    } else if (dir === 1) {
      this.cursor = (c ? this.core.nextSentence(this.spans, Math.max(c.start, c.end - 1)) : this.spans[0]) ?? c;
    } else {
      this.cursor = (c ? this.core.previousSentence(this.spans, c.start) : this.spans[0]) ?? c;
    }
    this.changed();
  }

  /** Choose the kind in the form (keyboard shortcut 1–4). */
  pickKind(i: number) {
    const sel = this.renderRoot.querySelector<HTMLSelectElement>('#kind');
    if (sel && STUDENT_KINDS[i]) sel.value = STUDENT_KINDS[i]!;
  }

  /** Tag the current passage with the chosen kind and note (keyboard shortcut T), as the Add button does. */
  tagCurrent() {
    this.onSubmitForm(new Event('submit'));
  }

  /** Open the comparison with the reference (or hide it). */
  toggleCompare() {
    if (!this.core || !this.work || !this.article) return;
    this.comparison = this.comparison ? null : this.core.compareWork(this.reference as Annotation[], this.work.annotations, this.article.text);
    this.changed();
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const lang = this.localize.lang;
    if (!this.ready || !this.work || !this.article) return html`<section part="panel"><p>${t('loading')}</p></section>`;
    const text = this.article.text;
    const editing = this.editingId ? this.work.annotations.find((a) => a.id === this.editingId) : undefined;
    const quote = editing ? editing.quote : this.cursor ? text.slice(this.cursor.start, this.cursor.end) : '';
    const kindLabel = (k: string) => `${KIND_SYMBOLS[k as Kind] ?? ''} ${KIND_LABELS[k as Kind]?.[lang] ?? k}`;
    const cmp = this.comparison;
    return html`<section part="panel" aria-labelledby="sp-h">
      <h2 id="sp-h">${t('studentTitle')}</h2>
      ${cmp ? nothing : html`<p class="hint">${t('blindHint')}</p>`}
      <div class="row" role="group" aria-label=${t('selection')}>
        <button type="button" data-action="prev-sentence" @click=${() => this.moveSentence(-1)}>◀ ${t('prevSentence')}</button>
        <button type="button" data-action="next-sentence" @click=${() => this.moveSentence(1)}>${t('nextSentence')} ▶</button>
        <button type="button" data-action="extend-sentence" @click=${() => this.moveSentence(1, true)} ?disabled=${!this.cursor}>${t('extendSentence')} ⇥</button>
      </div>
      <form @submit=${this.onSubmitForm}>
        <p><strong>${t('selection')}</strong></p>
        <div class="selection" data-testid="selection">${quote || t('noSelection')}</div>
        <label for="kind">${t('kind')}</label>
        <select id="kind" .value=${editing?.kind ?? STUDENT_KINDS[0]!}>
          ${STUDENT_KINDS.map((k, i) => html`<option value=${k} ?selected=${(editing?.kind ?? STUDENT_KINDS[0]) === k}>${i + 1}. ${kindLabel(k)}</option>`)}
        </select>
        <label for="note">${t('yourNote')}</label>
        <textarea id="note" rows="3" .value=${editing?.note ?? ''}></textarea>
        <div class="row">
          <button type="submit" class="primary" data-action="add" ?disabled=${!editing && !quote}>${editing ? t('update') : t('add')}</button>
          ${editing ? html`<button type="button" @click=${() => (this.editingId = null)}>${t('cancel')}</button>` : nothing}
        </div>
      </form>
      <p class="saved" role="status">${this.message || t('saved')}</p>
      <h3>${t('yourAnnotations', { n: this.work.annotations.length })}</h3>
      ${this.work.annotations.length
        ? html`<ol class="work">
            ${this.work.annotations.map(
              (a) => html`<li data-annotation-id=${a.id} data-kind=${a.kind}>
                <strong>${kindLabel(a.kind)}</strong> — <q>${a.quote.length > 140 ? a.quote.slice(0, 140) + '…' : a.quote}</q>
                ${a.note ? html`<br /><span class="note">${a.note}</span>` : nothing}
                <div class="row">
                  <button type="button" data-action="edit" @click=${() => this.startEdit(a)}>${t('editAnnotation')}</button>
                  <button type="button" data-action="delete" @click=${() => this.removeMark(a)}>${t('delete')}</button>
                </div>
              </li>`,
            )}
          </ol>`
        : html`<p>${t('noAnnotations')}</p>`}
      <div class="row">
        <button type="button" class="primary" data-action="compare" @click=${this.toggleCompare}>${cmp ? t('hideReference') : t('compare')}</button>
      </div>
      ${cmp ? this.renderComparison(cmp) : nothing}
      <div class="row">
        <button type="button" data-action="export-jsonld" @click=${this.exportJsonld}>${t('exportJsonld')}</button>
        <button type="button" data-action="export-csv" @click=${this.exportCsv}>${t('exportCsv')}</button>
        <label class="file">${t('importWork')}<input type="file" accept=".json,.jsonld,application/ld+json,application/json" @change=${this.onImport} /></label>
        <button type="button" data-action="submit" @click=${this.submit}>${t('submit')}</button>
      </div>
    </section>`;
  }

  private renderComparison(cmp: Comparison) {
    const t = this.localize.t.bind(this.localize);
    const lang = this.localize.lang;
    return html`<div class="comparison" data-testid="comparison">
      <h3>${t('compareTitle')}</h3>
      <p class="score">${t('scoreLine', { matched: cmp.score.matched, reference: cmp.score.reference, percent: cmp.score.percent, extra: cmp.score.extra })}</p>
      <table>
        <thead><tr><th scope="col">${t('kind')}</th><th scope="col">${t('matched')}</th><th scope="col">${t('missed')}</th><th scope="col">${t('extra')}</th></tr></thead>
        <tbody>
          ${STUDENT_KINDS.map((k) => {
            const c = cmp.byKind[k];
            return html`<tr data-kind=${k}><th scope="row">${KIND_SYMBOLS[k]} ${KIND_LABELS[k][lang]}</th><td class="n">${c?.matched.length ?? 0}</td><td class="n">${c?.missed.length ?? 0}</td><td class="n">${c?.extra.length ?? 0}</td></tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private startEdit(a: StudentAnnotation) {
    this.editingId = a.id;
    this.cursor = { start: a.start, end: a.end };
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('#note')?.focus());
  }

  private removeMark(a: StudentAnnotation) {
    if (!this.core || !this.work) return;
    if (this.editingId === a.id) this.editingId = null;
    this.setWork(this.core.removeAnnotation(this.work, a.id));
    this.message = this.localize.t('announceDeleted');
  }

  private onSubmitForm(e: Event) {
    e.preventDefault();
    if (!this.core || !this.work || !this.article) return;
    const kind = (this.renderRoot.querySelector<HTMLSelectElement>('#kind')?.value ?? STUDENT_KINDS[0]) as Kind;
    const noteEl = this.renderRoot.querySelector<HTMLTextAreaElement>('#note');
    const note = noteEl?.value ?? '';
    if (this.editingId) {
      this.setWork(this.core.updateAnnotation(this.work, this.editingId, { kind, note }));
      this.editingId = null;
    } else {
      if (!this.cursor) return;
      const a = this.core.createAnnotation(this.article.text, { kind, start: this.cursor.start, end: this.cursor.end, note });
      this.setWork(this.core.addAnnotation(this.work, a));
    }
    if (noteEl) noteEl.value = '';
    this.message = this.localize.t('announceAdded', { kind: KIND_LABELS[kind][this.localize.lang] });
  }

  private download(name: string, type: string, body: string) {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private exportJsonld() {
    if (!this.core || !this.work || !this.article) return;
    const doc = this.core.toWebAnnotations(this.work, { text: this.article.text, url: this.sourceUrl || this.article.meta.url?.value, lang: this.localize.lang });
    this.download(`loupe-annotations-${this.work.articleKey}.jsonld`, 'application/ld+json', JSON.stringify(doc, null, 2));
  }

  private exportCsv() {
    if (!this.core || !this.work || !this.article) return;
    this.download(`loupe-annotations-${this.work.articleKey}.csv`, 'text/csv', this.core.toCsv(this.work, this.article.text, this.localize.lang));
  }

  private async onImport(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.core || !this.work || !this.article) return;
    try {
      const json = JSON.parse(await file.text()) as unknown;
      const r = this.core.fromWebAnnotations(json, this.article.text);
      if (!r.annotations.length && r.errors.length) throw new Error(r.errors[0]);
      const merged = this.core.mergeAnnotations(this.work, r.annotations);
      this.setWork(merged.work);
      this.message = this.localize.t('imported', { n: merged.added + merged.replaced, orphans: r.orphans.length });
    } catch (err) {
      this.message = this.localize.t('importError', { reason: (err instanceof Error ? err.message : String(err)).slice(0, 200) });
    }
  }

  private submit() {
    if (!this.core || !this.work || !this.article) return;
    const score = this.core.compareWork(this.reference as Annotation[], this.work.annotations, this.article.text).score;
    const annotations = this.work.annotations.map((a) => ({ ...a }));
    this.dispatchEvent(new LoupeSubmitEvent(score, annotations));
    if (window.parent && window.parent !== window) window.parent.postMessage({ type: 'loupe:submit', score: { ...score }, annotations }, submitTarget(this.submitOrigin));
    this.message = this.localize.t('submitted');
  }
}

