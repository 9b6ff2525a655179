import { LitElement, html, nothing } from 'lit';
import type { Annotation, Severity } from '../../core/model/annotation.js';
import { SEVERITY_LABELS, teacherLabel } from '../../core/render/labels.js';
import { LocalizeController } from '../localize/localize.js';
import { LoupeTeacherOpEvent } from './events.js';
import styles from './teacher-edit.styles.js';

const SEVERITIES: readonly Severity[] = ['info', 'caution', 'warning'];

/**
 * @summary The teacher's tools on one flag, inside its card: the teacher mark and the detectors' original,
 * Dismiss (with an optional reason), and Edit message and severity.
 *
 * @event loupe-teacher-op - The teacher dismissed or rewrote the flag (`request`).
 */
export class LoupeFlagEdit extends LitElement {
  static override styles = styles;
  static override properties = {
    annotation: { attribute: false },
    lang: { reflect: true },
    form: { state: true },
  };
  declare annotation: Annotation | null;
  declare form: '' | 'edit' | 'dismiss';
  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    this.annotation = null;
    this.form = '';
  }

  override render() {
    const a = this.annotation;
    if (!a) return nothing;
    const t = this.localize.t.bind(this.localize);
    const lang = this.localize.lang;
    const mark = teacherLabel(a, lang);
    const o = a.teacher?.original;
    return html`<div class="flag-edit">
      ${mark ? html`<p class="teacher" data-testid="teacher-mark">${mark}</p>` : nothing}
      ${o ? html`<p class="muted" data-testid="detectors-said">${t('detectorsSaid', { severity: SEVERITY_LABELS[o.severity][lang], message: o.message })}</p>` : nothing}
      ${this.form === 'edit'
        ? html`<form @submit=${this.save}>
            <label for="fm">${t('flagMessage')}</label><textarea id="fm" rows="4" required .value=${a.message}></textarea>
            <label for="fs">${t('flagSeverity')}</label>
            <select id="fs">${SEVERITIES.map((s) => html`<option value=${s} ?selected=${s === a.severity}>${SEVERITY_LABELS[s][lang]}</option>`)}</select>
            <div class="row"><button type="submit" class="primary" data-action="save-flag">${t('save')}</button><button type="button" @click=${this.cancel}>${t('cancel')}</button></div>
          </form>`
        : this.form === 'dismiss'
          ? html`<form @submit=${this.dismiss}>
              <label for="fr">${t('dismissReason')}</label><input id="fr" type="text" maxlength="1000" />
              <div class="row"><button type="submit" class="primary" data-action="confirm-dismiss">${t('confirmDismiss')}</button><button type="button" @click=${this.cancel}>${t('cancel')}</button></div>
            </form>`
          : html`<div class="row">
              <button type="button" data-action="edit-flag" @click=${() => this.open('edit')}>${t('editFlag')}</button>
              <button type="button" data-action="dismiss-flag" @click=${() => this.open('dismiss')}>${t('dismissFlag')}</button>
            </div>`}
    </div>`;
  }

  private async open(form: 'edit' | 'dismiss') {
    this.form = form;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(form === 'edit' ? '#fm' : '#fr')?.focus();
  }

  private async cancel() {
    const was = this.form;
    this.form = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${was === 'edit' ? 'edit-flag' : 'dismiss-flag'}"]`)?.focus();
  }

  private save(e: Event) {
    e.preventDefault();
    const a = this.annotation!;
    const message = this.renderRoot.querySelector<HTMLTextAreaElement>('#fm')?.value ?? '';
    const severity = (this.renderRoot.querySelector<HTMLSelectElement>('#fs')?.value ?? a.severity) as Severity;
    if (!message.trim()) {
      this.renderRoot.querySelector<HTMLTextAreaElement>('#fm')?.focus();
      return;
    }
    this.form = '';
    this.dispatchEvent(new LoupeTeacherOpEvent({ op: 'change', id: a.id, message, severity }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action="edit-flag"]')?.focus());
  }

  private dismiss(e: Event) {
    e.preventDefault();
    const reason = this.renderRoot.querySelector<HTMLInputElement>('#fr')?.value ?? '';
    this.form = '';
    this.dispatchEvent(new LoupeTeacherOpEvent({ op: 'dismiss', id: this.annotation!.id, reason }));
  }
}
