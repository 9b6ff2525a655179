import { LitElement, html, nothing } from 'lit';
import type { Score } from '../../core/model/report.js';
import { LocalizeController } from '../localize/localize.js';
import styles from './scorecard.styles.js';

/**
 * @summary The rubric score of a report: total and band, each criterion with its points, reasons and the
 * questions for students.
 *
 * @csspart scorecard - The scorecard's box.
 */
export class LoupeScorecard extends LitElement {
  static override styles = styles;
  static override properties = { score: { attribute: false }, lang: { reflect: true } };
  declare score: Score | null;
  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    this.score = null;
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const s = this.score;
    if (!s) return html`<section part="scorecard"><h2>${t('scoreTitle')}</h2><p>${t('noScore')}</p></section>`;
    return html`<section part="scorecard" aria-labelledby="st">
      <h2 id="st">${t('scoreTitle')} — ${s.rubric.title}</h2>
      <p class="total">${t('points', { points: s.total, max: s.max })} · ${s.band.label}</p>
      ${s.criteria.map(
        (c) => html`<h3>${c.title} — ${t('points', { points: c.points, max: c.max })}</h3>
          ${c.reasons.length ? html`<ul>${c.reasons.map((r) => html`<li>${r.text} <span class="delta">(${r.delta > 0 ? '+' : ''}${r.delta})</span></li>`)}</ul>` : nothing}
          ${c.prompts.length ? html`<p><strong>${t('prompts')}</strong></p><ul>${c.prompts.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}`,
      )}
    </section>`;
  }
}
