import { LitElement, html, nothing } from 'lit';
import type { Annotation, Kind } from '../../core/model/annotation.js';
import type { CriterionScore } from '../../core/model/report.js';
import { KIND_LABELS, KIND_SYMBOLS, SEVERITY_LABELS } from '../../core/render/labels.js';
import { LoupeFlagOpenEvent } from '../events.js';
import { LocalizeController } from '../localize/localize.js';
import { safeUrl } from '../safe-url.js';
import styles from './annotation-card.styles.js';

/** A student's own annotation, as the card shows it. */
export interface CardStudentAnnotation {
  id: string;
  kind: string;
  quote: string;
  note: string;
}

/**
 * @summary The explanation of one flag: message, evidence with source links, severity, the rubric criteria it
 * affects, and the teacher note (reviewable in teacher mode). Rendered next to its mark.
 *
 * @event loupe-flag-open - Close was pressed (`annotationId` null).
 *
 * @slot - Extra tools under the explanation (the teacher's flag editor in teacher mode).
 * @csspart card - The card's box.
 */
export class LoupeAnnotationCard extends LitElement {
  static override styles = styles;
  static override properties = {
    annotation: { attribute: false },
    student: { attribute: false },
    criteria: { attribute: false },
    mode: {},
    status: {},
    lang: { reflect: true },
  };
  /** A reference annotation from the report… */
  declare annotation: Annotation | null;
  /** …or a student's own annotation. */
  declare student: CardStudentAnnotation | null;
  /** Rubric criteria whose reasons cite this annotation. */
  declare criteria: readonly CriterionScore[];
  declare mode: 'teacher' | 'student';
  /** Comparison status, when compared. */
  declare status: 'matched' | 'missed' | 'extra' | '';
  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    this.annotation = null;
    this.student = null;
    this.criteria = [];
    this.mode = 'teacher';
    this.status = '';
  }

  /** Focus the card (after it opens). */
  override focus() {
    this.renderRoot.querySelector<HTMLElement>('.card')?.focus();
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const lang = this.localize.lang;
    const a = this.annotation;
    const s = this.student;
    const kind = (a?.kind ?? s?.kind ?? '') as Kind;
    const label = KIND_LABELS[kind]?.[lang] ?? kind;
    const statusLabel = this.status ? t(this.status) : '';
    const showNote = a?.note && (this.mode === 'teacher' || a.note.status === 'approved' || a.note.status === 'edited');
    return html`<section class="card" part="card" role="region" aria-labelledby="h" tabindex="-1" @keydown=${this.onKey}>
      <header>
        <span class="symbol" aria-hidden="true">${KIND_SYMBOLS[kind] ?? '•'}</span>
        <h3 id="h">${label}${statusLabel ? html` — <span class="status">${statusLabel}</span>` : nothing}</h3>
        ${a ? html`<span class="sev" data-severity=${a.severity}>${t('severity')}: ${SEVERITY_LABELS[a.severity][lang]} · ${t('confidence')}: ${Math.round(a.confidence * 100)} %</span>` : nothing}
        <button type="button" class="close" @click=${this.close}>${t('close')}</button>
      </header>
      <blockquote>${a?.quote ?? s?.quote ?? ''}</blockquote>
      ${a ? html`<p class="message">${a.message}</p>` : nothing}
      ${s && s.note ? html`<p class="student-note">${s.note}</p>` : nothing}
      ${a && a.evidence.length
        ? html`<h4>${t('evidence')}</h4>
            <ul>
              ${a.evidence.map((e) => {
                const href = safeUrl(e.url);
                return html`<li>${e.text}${e.quote && e.quote !== e.text ? html` — « ${e.quote} »` : nothing}${href
                  ? html` (<a href=${href} target="_blank" rel="noopener noreferrer">${e.source || new URL(href).hostname}</a>)`
                  : e.source ? html` (${e.source})` : nothing}</li>`;
              })}
            </ul>`
        : nothing}
      ${this.criteria.length
        ? html`<h4>${t('criteria')}</h4>
            <ul>${this.criteria.map((c) => html`<li>${c.title} (${t('points', { points: c.points, max: c.max })})</li>`)}</ul>`
        : nothing}
      ${a && (showNote || this.mode === 'teacher')
        ? html`<loupe-notes-review lang=${lang} annotation-id=${a.id} .note=${a.note ?? null} ?review=${this.mode === 'teacher'}></loupe-notes-review>`
        : nothing}
      <slot></slot>
    </section>`;
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.close();
    }
  }

  private close() {
    this.dispatchEvent(new LoupeFlagOpenEvent(null));
  }
}
