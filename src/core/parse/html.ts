import type { ArticleMeta, Block, BlockType, MetaField } from '../model/article.js';
import { InputError } from '../errors.js';
import { findDates } from '../text/dates.js';
import { boundHtml } from './budget.js';
import { COPYRIGHT_RE, RIGHTS_RE } from './cues.js';
import { findUrls, isBreadcrumb, layoutText } from './text.js';

/** How to turn HTML into a DOM Document: linkedom in Node, DOMParser in the browser. Nothing is executed. */
export type DocumentParser = (html: string) => Document;

const DROP = 'script,style,noscript,iframe,frame,frameset,object,embed,applet,template,svg,math,form,input,button,select,textarea,link,meta,base,canvas,audio,video,source,track,dialog';
const LEAF_BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,dd,dt,td';

const clean = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n\f]+/g, ' ').trim();

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
}

function readJsonLd(doc: Document): JsonLdArticle {
  const out: JsonLdArticle = {};
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const o = node as Record<string, unknown>;
    if (Array.isArray(o['@graph'])) (o['@graph'] as unknown[]).forEach(visit);
    const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (!type.some((t) => /Article|Posting|Report/.test(t))) return;
    const name = (v: unknown): string | undefined => {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string') return first;
      if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name;
      return undefined;
    };
    out.headline ??= typeof o.headline === 'string' ? o.headline : undefined;
    out.datePublished ??= typeof o.datePublished === 'string' ? o.datePublished : undefined;
    out.author ??= name(o.author);
    out.publisher ??= name(o.publisher);
    out.url ??= typeof o.url === 'string' ? o.url : typeof o.mainEntityOfPage === 'string' ? o.mainEntityOfPage : undefined;
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* a broken JSON-LD block is ignored, as browsers do */
    }
  }
  return out;
}

function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"],meta[name="${k}"],meta[itemprop="${k}"]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return undefined;
}

/** Text blocks of an element tree: innermost block-level elements, in order. */
function leafBlocks(root: Element): { tag: string; text: string }[] {
  const out: { tag: string; text: string }[] = [];
  for (const el of Array.from(root.querySelectorAll(LEAF_BLOCKS))) {
    if (el.querySelector(LEAF_BLOCKS)) continue; // a container: its leaves come on their own
    const text = clean(el.textContent);
    if (text) out.push({ tag: el.tagName.toLowerCase(), text });
  }
  return out;
}

/**
 * Parse an HTML page into the article layout: headline, byline, date, captions and body, with metadata
 * from meta tags and JSON-LD NewsArticle. Readability picks the article body. Scripts, styles, handlers and
 * embedded frames never reach the text: only text content is read.
 */
export async function layoutHtml(html: string, parse: DocumentParser, where = 'input'): Promise<{ text: string; blocks: Omit<Block, 'lang'>[]; meta: ArticleMeta; warnings: string[] }> {
  const bounded = boundHtml(html); // depth and element budget, before any DOM (budget.ts)
  html = bounded.html;
  let doc: Document;
  try {
    doc = parse(html);
  } catch (e) {
    throw new InputError(`could not parse the HTML (${e instanceof Error ? e.message : String(e)})`, where);
  }
  const ld = readJsonLd(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const ogUrl = metaContent(doc, 'og:url');
  const siteName = metaContent(doc, 'og:site_name', 'application-name', 'publisher');
  const published = metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued', 'dc.date') ?? ld.datePublished ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const author = metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator') ?? ld.author;
  const figcaptions = Array.from(doc.querySelectorAll('figcaption')).map((f) => clean(f.textContent)).filter(Boolean);
  const headline = clean(ld.headline) || metaContent(doc, 'og:title', 'twitter:title') || clean(doc.querySelector('h1')?.textContent) || clean(doc.querySelector('title')?.textContent);

  // Copyright lines in page footers (Readability drops footers): "© 2025 X. All rights reserved."
  const footerLines = Array.from(doc.querySelectorAll('footer p, footer div, footer small, footer span, footer'))
    .map((el) => clean(el.textContent))
    .filter((t, i, all) => t.length <= 200 && (COPYRIGHT_RE.test(t) || RIGHTS_RE.test(t)) && all.indexOf(t) === i);
  for (const el of Array.from(doc.querySelectorAll(DROP))) el.remove();

  let body: { tag: string; text: string }[] = [];
  let rbyline: string | undefined;
  try {
    const { Readability } = await import('@mozilla/readability');
    const r = new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
    if (r?.content) {
      const inner = parse(`<!doctype html><html><body>${r.content}</body></html>`);
      for (const el of Array.from(inner.querySelectorAll(DROP))) el.remove();
      body = leafBlocks(inner.body);
      rbyline = clean(r.byline) || undefined;
    }
  } catch {
    /* fall back to the whole body below */
  }
  if (body.length === 0 && doc.body) body = leafBlocks(doc.body);
  // Text outside any block element (plain text with a stray tag, a flattened page): its paragraphs as they are.
  if (body.length === 0 && doc.body) body = (doc.body.textContent ?? '').split(/\n[ \t\r\f]*\n/).map(clean).filter(Boolean).map((text) => ({ tag: 'p', text }));
  if (body.length === 0) throw new InputError('the HTML page has no readable text', where);

  // Lay the article out as text, then classify each line with the plain-text cues.
  const lines: { type?: BlockType; text: string }[] = [];
  if (headline) lines.push({ type: 'headline', text: headline });
  // The byline as the page shows it ("Par Marion Le Goff", which Readability lifts out of the body), else the meta author.
  const byline = rbyline ?? author;
  const bare = (b: string) => b.replace(/^(?:by|par|por)\s+/i, '');
  const names = (b: string) => !!byline && bare(b) === bare(byline);
  if (byline && !body.some((b) => names(b.text))) lines.push({ type: 'byline', text: byline });
  if (published && !body.some((b) => b.text.includes(published))) lines.push({ type: 'dateline', text: published });
  const seenCaption = new Set<string>();
  for (const c of figcaptions) if (!body.some((b) => b.text === c) && !seenCaption.has(c)) (seenCaption.add(c), lines.push({ type: 'caption', text: c }));
  for (const b of body) {
    if (headline && b.text === headline) continue;
    const type: BlockType | undefined = b.tag === 'figcaption' ? 'caption' : /^h[2-6]$/.test(b.tag) ? 'subheading' : b.tag === 'h1' ? 'headline' : undefined;
    lines.push({ type, text: b.text });
  }
  for (const f of footerLines) if (!lines.some((l) => l.text === f)) lines.push({ type: 'source', text: f });
  if (siteName && !lines.some((l) => l.text.includes(siteName))) lines.push({ type: 'source', text: siteName });
  const url = canonical ?? ogUrl ?? ld.url;
  if (url) lines.push({ type: 'source', text: url });

  const text = lines.map((l) => l.text).join('\n\n');
  const guessed = layoutText(text);
  let pos = 0;
  const blocks: Omit<Block, 'lang'>[] = lines.map((l, i) => {
    const start = pos;
    pos += l.text.length + 2;
    const g = guessed.blocks.find((b) => b.start === start);
    // Structure from the markup wins; text cues classify the rest (share lines, source lines, bylines in <p>).
    const type: BlockType = l.type ?? (isBreadcrumb(l.text) ? 'navigation' : g && g.type !== 'headline' && g.type !== 'navigation' ? g.type : 'paragraph');
    return { id: `b${i}`, type, start, end: start + l.text.length, ...(g?.credit && type === 'caption' ? { credit: g.credit } : {}) };
  });
  const field = (value: string, from: MetaField['from']): MetaField => {
    const at = text.indexOf(value);
    return at >= 0 ? { value, start: at, end: at + value.length, from } : { value, from };
  };
  const meta: ArticleMeta = { ...guessed.meta, urls: [] };
  if (url) meta.url = field(url, canonical || ogUrl ? 'meta' : 'json-ld');
  if (siteName) meta.siteName = field(siteName, 'meta');
  if (ld.publisher) meta.publisher = field(ld.publisher, 'json-ld');
  else if (siteName && !meta.publisher) meta.publisher = field(siteName, 'meta');
  if (byline) meta.byline = field(byline, rbyline ? 'text' : 'meta');
  if (published) {
    const d = /^\d{4}-\d\d-\d\d/.exec(published)?.[0] ?? findDates(published).find((x) => x.year)?.iso;
    meta.published = { ...field(published, 'meta'), date: d };
  }
  for (const u of findUrls(text)) meta.urls.push({ value: u.value, start: u.start, end: u.start + u.value.length, from: 'text' });
  return { text, blocks, meta, warnings: bounded.warnings };
}
