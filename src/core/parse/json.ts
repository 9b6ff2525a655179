import { z } from 'zod';
import type { ArticleMeta, Block, BlockType } from '../model/article.js';
import { InputError, formatZodIssues } from '../errors.js';
import { findDates } from '../text/dates.js';
import { lineColumn } from '../text/lines.js';
import { findUrls } from './text.js';

/** The JSON article format (documented in the README). */
export const JsonArticle = z.object({
  url: z.string().optional(),
  publisher: z.string().optional(),
  headline: z.string().min(1, 'the headline is empty'),
  standfirst: z.string().optional(),
  byline: z.string().optional(),
  published: z.string().optional(),
  lang: z.enum(['fr', 'en', 'es']).optional(),
  captions: z.array(z.object({ text: z.string(), credit: z.string().optional() })).optional(),
  body: z.union([z.string(), z.array(z.string())]),
});
export type JsonArticle = z.infer<typeof JsonArticle>;


export function parseJsonText(input: string, where = 'input'): JsonArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(input);
  } catch (e) {
    const at = jsonErrorOffset(input);
    const lc = lineColumn(input, at.offset);
    throw new InputError(`malformed JSON at line ${lc.line}, column ${lc.column}: ${at.reason}`, where);
  }
  const r = JsonArticle.safeParse(raw);
  if (!r.success) throw new InputError(`not a Loupe JSON article — ${formatZodIssues(r.error.issues, 5).join('; ')}`, where);
  return r.data;
}

/** Lay the JSON article out as text: one block a part, separated by blank lines. */
export function layoutJson(a: JsonArticle): { text: string; blocks: Omit<Block, 'lang'>[]; meta: ArticleMeta } {
  let text = '';
  const blocks: Omit<Block, 'lang'>[] = [];
  const meta: ArticleMeta = { urls: [] };
  const add = (type: BlockType, s: string, extra: Partial<Block> = {}) => {
    const t = s.trim();
    if (!t) return -1;
    if (text) text += '\n\n';
    const start = text.length;
    text += t;
    blocks.push({ id: `b${blocks.length}`, type, start, end: text.length, ...extra });
    return start;
  };
  add('headline', a.headline);
  if (a.standfirst) add('standfirst', a.standfirst);
  if (a.byline) {
    const s = add('byline', a.byline);
    if (s >= 0) meta.byline = { value: a.byline.trim(), start: s, end: s + a.byline.trim().length, from: 'json' };
  }
  if (a.published) {
    const s = add('dateline', a.published);
    const d = findDates(a.published).find((x) => x.year);
    const iso = /^\d{4}-\d\d-\d\d/.exec(a.published)?.[0] ?? d?.iso;
    if (s >= 0) meta.published = { value: a.published.trim(), start: s, end: s + a.published.trim().length, from: 'json', date: iso };
  }
  for (const c of a.captions ?? []) {
    const full = c.credit ? `${c.text.trim()} ${c.credit.trim()}` : c.text;
    const s = add('caption', full);
    if (s >= 0 && c.credit) {
      const cs = s + full.trim().length - c.credit.trim().length;
      blocks[blocks.length - 1]!.credit = { start: cs, end: cs + c.credit.trim().length, text: c.credit.trim() };
    }
  }
  const body = Array.isArray(a.body) ? a.body : a.body.split(/\n\s*\n|\n/);
  for (const p of body) add('paragraph', p);
  if (a.publisher) {
    const s = add('source', a.publisher);
    if (s >= 0) meta.publisher = { value: a.publisher.trim(), start: s, end: s + a.publisher.trim().length, from: 'json' };
  }
  if (a.url) {
    const s = add('source', a.url);
    if (s >= 0) meta.url = { value: a.url.trim(), start: s, end: s + a.url.trim().length, from: 'json' };
  }
  for (const u of findUrls(text)) meta.urls.push({ value: u.value, start: u.start, end: u.start + u.value.length, from: 'text' });
  return { text, blocks, meta };
}

/**
 * Where JSON.parse gave up, and why: V8's messages do not always carry a position, so a small scanner
 * walks the grammar and stops at the first character it cannot accept.
 */
export function jsonErrorOffset(src: string): { offset: number; reason: string } {
  let i = 0;
  const fail = (reason: string): never => {
    throw { offset: Math.min(i, src.length), reason };
  };
  const ws = () => {
    while (i < src.length && ' \t\n\r'.includes(src[i]!)) i++;
  };
  const show = () => (i >= src.length ? 'the end of the input' : JSON.stringify(src[i]));
  const value = (): void => {
    ws();
    const c = src[i];
    if (c === '{') {
      i++;
      ws();
      if (src[i] === '}') return void i++;
      for (;;) {
        ws();
        if (src[i] !== '"') fail(`expected a "quoted" property name, found ${show()}`);
        string();
        ws();
        if (src[i] !== ':') fail(`expected ':' after a property name, found ${show()}`);
        i++;
        value();
        ws();
        if (src[i] === ',') { i++; continue; }
        if (src[i] === '}') return void i++;
        fail(`expected ',' or '}' after a property value, found ${show()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (src[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (src[i] === ',') { i++; ws(); if (src[i] === ']') fail('a trailing comma before \']\''); continue; }
        if (src[i] === ']') return void i++;
        fail(`expected ',' or ']' after an array element, found ${show()}`);
      }
    }
    if (c === '"') return string();
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|^true|^false|^null/.exec(src.slice(i, i + 400));
    if (m) return void (i += m[0].length);
    fail(`unexpected ${show()}`);
  };
  const string = () => {
    i++;
    while (i < src.length && src[i] !== '"') {
      if (src[i] === '\\') i++;
      else if (src[i]! < ' ') fail('a control character (such as a raw newline) inside a string');
      i++;
    }
    if (i >= src.length) fail('a string that is never closed');
    i++;
  };
  try {
    value();
    ws();
    if (i < src.length) fail(`unexpected ${show()} after the JSON value`);
  } catch (e) {
    if (e && typeof e === 'object' && 'offset' in e) return e as { offset: number; reason: string };
    throw e;
  }
  return { offset: 0, reason: 'invalid JSON' };
}
