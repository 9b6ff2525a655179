import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Article, Block } from '../../core/model/article.js';
import type { Kind } from '../../core/model/annotation.js';
import { segments } from '../../core/render/segments.js';
import { KIND_LABELS, KIND_SYMBOLS } from '../../core/render/labels.js';
import { LoupeFlagOpenEvent, LoupeSelectEvent } from '../events.js';
import { translate } from '../localize/localize.js';
import { resolveLang } from '../localize/localize.js';
import styles from './article-view.styles.js';

/** What the view needs of an annotation (reference or student). */
export interface ViewAnnotation {
  id: string;
  kind: Kind | string;
  start: number;
  end: number;
  /** After a comparison: matched / missed (reference) or extra (student); `student` for the student's own. */
  status?: 'matched' | 'missed' | 'extra' | 'student';
}

interface Layout {
  blocks: Block[];
  perBlock: ViewAnnotation[][];
  badges: Map<number, ViewAnnotation[]>[];
  homeless: ViewAnnotation[];
  home: Map<string, number>;
}

const HEADING: Partial<Record<Block['type'], 'h2' | 'h3'>> = { headline: 'h2', subheading: 'h3' };

/**
 * @summary The article's blocks with inline marks, one flag button per annotation, and the open card placed
 * right after the block of its mark (same shadow root, so `aria-controls` links them).
 *
 * @event loupe-flag-open - A flag was activated (click, Enter) or closed (Escape); `annotationId` is null on close.
 * @event loupe-select - The user selected text in the article; carries UTF-16 offsets into `article.text`.
 *
 * @csspart mark - Every highlighted run of text (`data-kind`, `data-annotation-id`, `data-depth`).
 * @csspart flag - The button that opens a flag's card (one per annotation, with the kind's symbol).
 * @csspart block - Each block of the article.
 *
 * @cssproperty --loupe-font-size - Base text size.
 * @cssproperty --loupe-mark-bg - Highlight colour of a mark.
 * @cssproperty --loupe-kind-state-media - Highlight of state-media marks (likewise for the other kinds).
 */
export class LoupeArticleView extends LitElement {
  static override styles = styles;
  static override properties = {
    article: { attribute: false },
    annotations: { attribute: false },
    openId: { attribute: false },
    cursor: { attribute: false },
    renderCard: { attribute: false },
    lang: { reflect: true },
    hideChrome: { type: Boolean, reflect: true, attribute: 'hide-chrome' },
  };

  /** The article to render. */
  declare article: Article | null;
  /** Annotations to mark (already filtered by the host). */
  declare annotations: readonly ViewAnnotation[];
  /** The annotation whose card is open. */
  declare openId: string | null;
  /** A span highlighted as the keyboard selection cursor (student mode). */
  declare cursor: { start: number; end: number } | null;
  /** Renders the card of an annotation (provided by the host). */
  declare renderCard: ((id: string) => TemplateResult | typeof nothing) | null;
  declare hideChrome: boolean;

  constructor() {
    super();
    this.article = null;
    this.annotations = [];
    this.openId = null;
    this.cursor = null;
    this.renderCard = null;
    this.hideChrome = false;
  }

  private selTimer: ReturnType<typeof setTimeout> | undefined;
  /** Touch selections are adjusted with handles after pointerup: follow selectionchange too (throttled). */
  private readonly onSelectionChange = () => {
    clearTimeout(this.selTimer);
    this.selTimer = setTimeout(() => this.onPointerUp(), 250);
  };

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelectionChange);
    clearTimeout(this.selTimer);
  }

  /** Flag buttons in document order. */
  flagButtons(): HTMLButtonElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.flag'));
  }

  /** Focus the flag button of an annotation. */
  focusFlag(id: string): boolean {
    const b = this.flagButtons().find((x) => x.dataset.annotationId === id);
    b?.focus();
    return Boolean(b);
  }

  /** Blocks, per-block annotations and flag positions: recomputed only when the article or the list changes. */
  private layoutCache: { article: Article; annotations: readonly ViewAnnotation[]; layout: Layout } | null = null;

  private layout(article: Article): Layout {
    const c = this.layoutCache;
    if (c && c.article === article && c.annotations === this.annotations) return c.layout;
    const blocks = article.blocks.length ? [...article.blocks].sort((a, b) => a.start - b.start) : [{ id: 'all', type: 'paragraph', start: 0, end: article.text.length } as Block];
    const perBlock: ViewAnnotation[][] = blocks.map(() => []);
    const badges: Map<number, ViewAnnotation[]>[] = blocks.map(() => new Map());
    const homeless: ViewAnnotation[] = [];
    const home = new Map<string, number>();
    const ends = blocks.map((b) => b.end);
    for (const a of this.annotations) {
      // First block whose end is after a.start (binary search).
      let lo = 0, hi = blocks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid]! > a.start) hi = mid;
        else lo = mid + 1;
      }
      if (lo >= blocks.length || blocks[lo]!.start >= a.end) {
        homeless.push(a);
        home.set(a.id, blocks.length);
        continue;
      }
      const at = Math.max(a.start, blocks[lo]!.start);
      const m = badges[lo]!;
      (m.get(at) ?? m.set(at, []).get(at)!).push(a);
      home.set(a.id, lo);
      for (let i = lo; i < blocks.length && blocks[i]!.start < a.end; i++) perBlock[i]!.push(a);
    }
    const layout = { blocks, perBlock, badges, homeless, home };
    this.layoutCache = { article, annotations: this.annotations, layout };
    return layout;
  }

  /**
   * Long articles render progressively: the first blocks at once (the screen the reader sees), the rest in
   * slices on the next tasks, so the page is interactive early. `whenComplete()` resolves once all are in.
   */
  private limit = Infinity;
  private limitArticle: Article | null = null;
  private pending = false;
  private completeWaiters: (() => void)[] = [];
  static readonly FIRST_BLOCKS = 60;
  static readonly SLICE_BLOCKS = 150;

  /** True when every block of the article is rendered. */
  get complete(): boolean {
    return !this.article || this.limit >= (this.article.blocks.length || 1);
  }

  /** Resolves when every block is rendered. */
  whenComplete(): Promise<void> {
    return this.complete && !this.pending ? this.updateComplete.then(() => undefined) : new Promise((r) => this.completeWaiters.push(r));
  }

  protected override updated() {
    if (!this.complete) {
      if (!this.pending) {
        this.pending = true;
        setTimeout(() => {
          this.pending = false;
          this.limit += LoupeArticleView.SLICE_BLOCKS;
          this.requestUpdate();
        }, 0);
      }
    } else if (this.completeWaiters.length) {
      const w = this.completeWaiters.splice(0);
      for (const r of w) r();
    }
  }

  override render() {
    const article = this.article;
    if (!article) return nothing;
    const { blocks, perBlock, badges, homeless, home } = this.layout(article);
    if (this.limitArticle !== article) {
      this.limitArticle = article;
      this.limit = blocks.length > LoupeArticleView.FIRST_BLOCKS * 2 ? LoupeArticleView.FIRST_BLOCKS : Infinity;
    }
    const openId = this.openId;
    const openIndex = openId ? (home.get(openId) ?? -1) : -1;
    if (openIndex >= this.limit || (this.cursor && this.limit < blocks.length)) this.limit = Infinity;
    const shown = this.limit >= blocks.length ? blocks : blocks.slice(0, this.limit);
    const lang = resolveLang(this);
    const labels = new Map<string, string>();
    const cursor = this.cursor;
    return html`<div class="article" @click=${this.onClick} @pointerup=${this.onPointerUp} @keyup=${this.onKeyUp}>
      ${shown.map((b, i) => {
        const anns = perBlock[i]!;
        const openHere = openId && anns.some((a) => a.id === openId) ? openId : null;
        const cursorHere = cursor && cursor.end > b.start && cursor.start < b.end ? cursor : null;
        return html`${guard([article, anns, openHere, cursorHere?.start, cursorHere?.end, lang], () => this.renderBlock(article.text, b, anns, badges[i]!, lang, labels, openHere, cursorHere))}${openIndex === i && this.renderCard ? this.renderCard(openId!) : nothing}`;
      })}
      ${homeless.length && shown === blocks
        ? html`<div class="other block"><p>${translate(lang, 'otherFlags')}</p>${homeless.map((a) => this.renderFlag(a, lang, labels))}${openIndex === blocks.length && this.renderCard ? this.renderCard(openId!) : nothing}</div>`
        : nothing}
    </div>`;
  }

  private renderBlock(text: string, b: Block, anns: ViewAnnotation[], badges: Map<number, ViewAnnotation[]>, lang: 'fr' | 'en' | 'es', labels: Map<string, string>, openId: string | null, cursor: { start: number; end: number } | null) {
    const cuts = cursor && cursor.end > b.start && cursor.start < b.end ? [{ id: '\u0000cursor', kind: 'cursor', start: cursor.start, end: cursor.end } as ViewAnnotation] : [];
    const segs = segments(b.start, b.end, [...anns, ...cuts] as never);
    const parts: unknown[] = [];
    for (const s of segs) {
      const starting = badges.get(s.start);
      if (starting) for (const a of starting) parts.push(this.renderFlag(a, lang, labels));
      const t = text.slice(s.start, s.end);
      const cov = s.covering as unknown as ViewAnnotation[];
      const inCursor = cov.some((c) => c.kind === 'cursor');
      const real = inCursor ? cov.filter((c) => c.kind !== 'cursor') : cov;
      const inner = real[real.length - 1];
      let run: unknown = inner
        ? html`<mark part="mark" data-o=${s.start} data-kind=${inner.kind} data-annotation-id=${inner.id} data-depth=${real.length} data-status=${inner.status ?? nothing} ?data-open=${openId !== null && real.some((r) => r.id === openId)}>${t}</mark>`
        : html`<span data-o=${s.start}>${t}</span>`;
      if (inCursor) run = html`<span class="cursor">${run}</span>`;
      parts.push(run);
    }
    const cls = `block ${b.type}`;
    const tag = HEADING[b.type];
    if (tag === 'h2') return html`<h2 part="block" class=${cls} data-block=${b.id}>${parts}</h2>`;
    if (tag === 'h3') return html`<h3 part="block" class=${cls} data-block=${b.id}>${parts}</h3>`;
    return html`<p part="block" class=${cls} data-block=${b.id}>${parts}</p>`;
  }

  private renderFlag(a: ViewAnnotation, lang: 'fr' | 'en' | 'es', labels: Map<string, string>) {
    let aria = labels.get(a.kind);
    if (aria === undefined) labels.set(a.kind, (aria = translate(lang, 'openFlag', { kind: KIND_LABELS[a.kind as Kind]?.[lang] ?? a.kind })));
    const open = a.id === this.openId;
    return html`<button part="flag" class="flag" type="button" data-kind=${a.kind} data-annotation-id=${a.id} data-status=${a.status ?? nothing} aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'loupe-card' : nothing} aria-label=${aria} title=${KIND_LABELS[a.kind as Kind]?.[lang] ?? a.kind}>${KIND_SYMBOLS[a.kind as Kind] ?? '•'}</button>`;
  }

  /** One delegated click handler: flag buttons toggle their card; marks open theirs (mouse convenience). */
  private onClick(e: Event) {
    const el = (e.target as Element | null)?.closest?.('button.flag, mark[data-annotation-id]') as HTMLElement | null;
    if (!el) return;
    const id = el.dataset.annotationId!;
    if (el.tagName === 'BUTTON') {
      this.dispatchEvent(new LoupeFlagOpenEvent(id === this.openId ? null : id));
      return;
    }
    const sel = this.selectedRange();
    if (sel && sel.end > sel.start) return;
    this.dispatchEvent(new LoupeFlagOpenEvent(id));
  }

  private lastSelection = '';
  private onPointerUp() {
    const r = this.selectedRange();
    if (!r || r.end <= r.start) {
      this.lastSelection = '';
      return;
    }
    const key = `${r.start}-${r.end}`;
    if (key === this.lastSelection) return;
    this.lastSelection = key;
    this.dispatchEvent(new LoupeSelectEvent(r.start, r.end));
  }

  private onKeyUp(e: KeyboardEvent) {
    if (e.shiftKey) this.onPointerUp();
  }

  /** The current DOM selection inside this view as offsets into article.text, if any. */
  selectedRange(): { start: number; end: number } | null {
    const root = this.renderRoot as ShadowRoot;
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    let range: AbstractRange | undefined;
    const composed = (sel as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
    if (composed) range = composed.call(sel, { shadowRoots: [root] })[0];
    else range = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.()?.getRangeAt(0);
    if (!range || range.collapsed) return null;
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
    const start = offsetOf(range.startContainer, range.startOffset, 'start');
    const end = offsetOf(range.endContainer, range.endOffset, 'end');
    if (start == null || end == null || end <= start) return null;
    // Trim whitespace at both ends.
    const text = this.article?.text ?? '';
    let s = start, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    return e > s ? { start: s, end: e } : null;
  }
}

/** Map a DOM boundary point inside the view to an offset in article.text (via `data-o` on each text run). */
export function offsetOf(node: Node, offset: number, side: 'start' | 'end'): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const el = (node.parentElement?.closest('[data-o]') as HTMLElement | null) ?? null;
    if (!el) return null;
    let before = 0;
    for (let n = node.previousSibling; n; n = n.previousSibling) if (n.nodeType === Node.TEXT_NODE) before += (n.textContent ?? '').length;
    return Number(el.dataset.o) + before + offset;
  }
  const el = node as Element;
  const runs = (root: Element | null) => (root ? Array.from(root.querySelectorAll<HTMLElement>('[data-o]')) : []);
  if (side === 'start') {
    const child = el.childNodes[offset] ?? null;
    const own = child instanceof HTMLElement ? (child.matches('[data-o]') ? child : runs(child)[0]) : undefined;
    if (own) return Number(own.dataset.o);
    const all = runs(el);
    const last = all[all.length - 1];
    return last ? Number(last.dataset.o) + (last.textContent ?? '').length : null;
  }
  const prev = el.childNodes[offset - 1] ?? null;
  const list = prev instanceof HTMLElement ? (prev.matches('[data-o]') ? [prev] : runs(prev)) : [];
  const last = list[list.length - 1];
  if (last) return Number(last.dataset.o) + (last.textContent ?? '').length;
  const first = runs(el)[0];
  return first ? Number(first.dataset.o) : null;
}
