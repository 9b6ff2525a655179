import { LitElement, html, nothing } from 'lit';
import type { Note } from '../../core/model/annotation.js';
import { noteStatusLabel } from '../../core/notes.js';
import { LoupeNoteActionEvent } from '../events.js';
import { LocalizeController } from '../localize/localize.js';
import styles from './notes-review.styles.js';

/**
 * @summary A teacher note on one flag. In review mode (teacher) it shows its status ("draft — AI" for a model
 * draft nobody reviewed) with Approve / Edit / Reject; otherwise it shows the note read-only.
 *
 * @event loupe-note-action - The teacher approved, rejected, reopened or edited the note (`action`, `edit`).
 *
 * @csspart note - The note's box.
 */
export class LoupeNotesReview extends LitElement {
  static override styles = styles;
  static override properties = {
    note: { attribute: false },
    annotationId: { attribute: 'annotation-id' },
    review: { type: Boolean },
    lang: { reflect: true },
    editing: { state: true },
  };
  declare note: Note | null;
  declare annotationId: string;
  /** Show review controls (teacher mode). */
  declare review: boolean;
  declare editing: boolean;
  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    this.note = null;
    this.annotationId = '';
    this.review = false;
    this.editing = false;
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const n = this.note;
    if (!n && !this.review) return nothing;
    if (this.editing) {
      return html`<div class="note" part="note">
        <h4>${t('note')}</h4>
        <label for="nt">${t('noteText')}</label><textarea id="nt" rows="4" .value=${n?.text ?? ''}></textarea>
        <label for="nq">${t('question')}</label><textarea id="nq" rows="2" .value=${n?.question ?? ''}></textarea>
        <label for="nc">${t('check')}</label><textarea id="nc" rows="2" .value=${n?.check ?? ''}></textarea>
        <div class="row"><button type="button" @click=${this.save}>${t('save')}</button><button type="button" @click=${() => (this.editing = false)}>${t('cancel')}</button></div>
      </div>`;
    }
    if (!n) return html`<div class="row"><button type="button" @click=${() => (this.editing = true)}>${t('edit')} — ${t('note')}</button></div>`;
    return html`<div class="note" part="note">
      <h4>${t('note')} ${this.review ? html`<span class="status" data-status=${n.status}>${noteStatusLabel(n, this.localize.lang)}</span>` : nothing}</h4>
      <p class="note-text">${n.text}</p>
      ${n.question ? html`<p><strong>${t('question')}</strong><br />${n.question}</p>` : nothing}
      ${n.check ? html`<p><strong>${t('check')}</strong><br />${n.check}</p>` : nothing}
      ${this.review
        ? html`<div class="row">
            ${n.status !== 'approved' && n.status !== 'rejected' ? html`<button type="button" data-action="approve" @click=${() => this.act('approve')}>${t('approve')}</button>` : nothing}
            <button type="button" data-action="edit" @click=${() => (this.editing = true)}>${t('edit')}</button>
            ${n.status !== 'rejected' ? html`<button type="button" data-action="reject" @click=${() => this.act('reject')}>${t('reject')}</button>` : nothing}
            ${n.status !== 'draft' ? html`<button type="button" data-action="reopen" @click=${() => this.act('reopen')}>${t('reopen')}</button>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private act(action: 'approve' | 'reject' | 'reopen') {
    this.dispatchEvent(new LoupeNoteActionEvent(this.annotationId, action));
  }

  private save() {
    const v = (id: string) => (this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`)?.value ?? '').trim();
    const text = v('nt');
    if (!text) return;
    this.editing = false;
    this.dispatchEvent(new LoupeNoteActionEvent(this.annotationId, 'edit', { text, question: v('nq'), check: v('nc') }));
  }
}
