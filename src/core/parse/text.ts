import type { Article, ArticleMeta, Block, BlockType, MetaField } from '../model/article.js';
import { findDates } from '../text/dates.js';
import {
  AGENCIES, AGENCY_BYLINE_RE, STAFF_BYLINE_RE, BARE_CREDIT_RE, BULLET_RE, DATE_LEAD_RE, BOILERPLATE_RE, BYLINE_RE, CAPTION_OPENER_RE, COPYRIGHT_RE, CREDIT_RE, DATE_LINE_RE, DATELINE_RE,
  RIGHTS_RE, SOURCE_LINE_RE, TERMINAL_RE, URL_LINE_RE, URL_RE,
} from './cues.js';

/** BOM removed, CRLF and lone CR → LF. Nothing else changes, so offsets map back to the file. */
export function normalizeText(input: string): string {
  return input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

interface Unit {
  start: number;
  end: number;
  text: string;
  /** Blank line(s) before this unit. */
  gapBefore: boolean;
}

/** Non-empty lines, trimmed, with their offsets; wrapped lines of one paragraph are joined. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let pos = 0;
  let gap = true;
  for (const line of text.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed) {
      gap = true;
      continue;
    }
    const start = lineStart + lead;
    const end = start + trimmed.length;
    const prev = out[out.length - 1];
    // A hard-wrapped paragraph: no blank line, the previous line does not end a sentence, this one continues it.
    if (prev && !gap && prev.text.length > 50 && !TERMINAL_RE.test(prev.text) && /^\p{Ll}/u.test(trimmed)) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else {
      out.push({ start, end, text: trimmed, gapBefore: gap });
    }
    gap = false;
  }
  return out;
}

/** A line that is only an agency name ("EFE", "AFP", "Reuters") above the body: the agency byline. */
const AGENCY_LINE_RE = new RegExp(`^(?:${AGENCIES})(?:\\s*[/,-]\\s*(?:${AGENCIES}))*$`, 'u');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const BREADCRUMB_RE = /\s[/>»›|]\s|\u00a0[/>»›|]\u00a0|\s\/\u00a0|\u00a0\/\s/u;

function isSourceLine(t: string): boolean {
  if (t.length > 300) return false;
  return (SOURCE_LINE_RE.test(t) && words(t) <= 12) || (COPYRIGHT_RE.test(t) && words(t) <= 16) || RIGHTS_RE.test(t) || URL_LINE_RE.test(t);
}
function isBoilerplate(t: string): boolean {
  return BOILERPLATE_RE.test(t) && words(t) <= 8 && !/[.!?]\s*$/.test(t.replace(/…$/, ''));
}
function isByline(t: string): boolean {
  return (BYLINE_RE.test(t) && words(t) <= 15 && !/[.!?]\s*$/.test(t)) || AGENCY_BYLINE_RE.test(t) || (words(t) <= 7 && STAFF_BYLINE_RE.test(t));
}
function isDateLine(t: string): boolean {
  if (t.length > 160) return false;
  if (t.length <= 80 && DATE_LINE_RE.test(t)) return true;
  const d = findDates(t).find((x) => x.year && x.month);
  if (!d || words(t) > 20 || /[^.][.!?]\s*$/.test(t.slice(d.end))) return false;
  // "Published March 3, 2025, 6:00 a.m. CT", "Sunday, 09 March 2025 8:12 PM [ Last Update: … ]",
  // "Publié le 4 juin 2025 à 06h30 · Lecture 5 min": a date lead, the date, then times and chrome.
  if (DATE_LEAD_RE.test(t.slice(0, d.start))) return true;
  // "La Habana, 3 de marzo de 2025", "Paris, le 4 juin 2024": a place and a full date, nothing else.
  return words(t) <= 10 && (d.end - d.start) / t.length >= 0.4;
}
/**
 * The photo credit at the end of a line, if any. Credits sit in the last words, so only the tail is searched
 * (the credit patterns are costly to try at every position of a long paragraph).
 */
/** Cheap test that a credit may be there: a bracket, ©, slash, bar, colon, or a credit word. */
const MAYBE_CREDIT_RE = /[©/|:]|\b(?:via|getty|photo|foto|copyright)\b|(?:AFP|AP|Reuters|EFE|Images|Xinhua|IRNA|TASS|Sputnik|Bloomberg|Press|Latina)\s*\.?\s*$/iu;

/** Results of findCredit for the lines of the text being laid out (each line is asked several times). */
const creditCache = new Map<string, { index: number; 0: string } | null>();

function findCredit(t: string): { index: number; 0: string } | null {
  let r = creditCache.get(t);
  if (r === undefined) {
    r = findCreditUncached(t);
    if (creditCache.size > 10_000) creditCache.clear();
    creditCache.set(t, r);
  }
  return r;
}

function findCreditUncached(t: string): { index: number; 0: string } | null {
  if (t.length > 700) return null;
  const from = Math.max(0, t.length - 160);
  const tail = t.slice(from);
  // Credits are the last words: a bracket closing the line, or a credit mark in the last 70 characters.
  if (!/\)\s*\.?\s*$/.test(tail) && !MAYBE_CREDIT_RE.test(tail.slice(-70))) return null;
  const m = CREDIT_RE.exec(tail) ?? (t.length <= 250 ? BARE_CREDIT_RE.exec(tail) : null);
  return m ? { index: from + m.index, 0: m[0] } : null;
}

function isCaption(t: string): boolean {
  return t.length <= 700 && (!!findCredit(t) || CAPTION_OPENER_RE.test(t));
}
/** Breadcrumbs and section paths: "News › Asia › China", "Accueil / Planète". */
export function isBreadcrumb(t: string): boolean {
  return BREADCRUMB_RE.test(t) && t.split(/[/>»›|]/).every((p) => words(p) <= 5) && !/[.!?]\s*$/.test(t);
}

function isNavigation(t: string): boolean {
  if (BREADCRUMB_RE.test(t) && t.split(/[/>»›|]/).every((p) => words(p) <= 5)) return true;
  return words(t) <= 3 && !TERMINAL_RE.test(t);
}

export interface TextLayout {
  blocks: Omit<Block, 'lang'>[];
  meta: ArticleMeta;
}

/** Recognise the layout of text scraped from a news page. */
export function layoutText(text: string): TextLayout {
  const us = units(text);
  const blocks: Omit<Block, 'lang'>[] = [];
  const push = (type: BlockType, start: number, end: number, extra: Partial<Block> = {}) =>
    blocks.push({ id: `b${blocks.length}`, type, start, end, ...extra });

  // 1. The headline: a unit that reads like a title rather than chrome, before the body starts. When site
  // chrome (a tagline, a section name) precedes it, the candidate nearest the body wins; of adjacent
  // candidates (headline + unpunctuated subtitle), the first.
  const candidate = (u: Unit) =>
    words(u.text) >= 3 && u.text.length >= 15 && u.text.length <= 300 && !/[^.]\.\s*$/.test(u.text) && !BULLET_RE.test(u.text) &&
    !isNavigation(u.text) && !isSourceLine(u.text) && !isBoilerplate(u.text) && !isByline(u.text) &&
    !isDateLine(u.text) && !isCaption(u.text);
  const bodyStart = us.findIndex((u) => /[.!…»"”]\s*$/.test(u.text) && u.text.length > 60 && !isCaption(u.text) && !isSourceLine(u.text) && !isByline(u.text) && !isDateLine(u.text));
  let h = -1;
  for (let i = 0; i < (bodyStart < 0 ? us.length : bodyStart); i++) if (candidate(us[i]!)) h = i;
  while (h > 0 && candidate(us[h - 1]!)) h--;
  if (h < 0) h = us.findIndex(candidate);
  // A first "headline" that is a long sentence-ended paragraph means the text has no headline.
  if (h >= 0 && us[h]!.text.length > 200 && /[.]\s*$/.test(us[h]!.text)) h = -1;

  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const t = u.text;
    if (i === h) {
      push('headline', u.start, u.end);
      continue;
    }
    if (h >= 0 && i < h) {
      if (isByline(t)) push('byline', u.start, u.end);
      else if (isDateLine(t)) push('dateline', u.start, u.end);
      else if (isSourceLine(t) && !isNavigation(t)) push('source', u.start, u.end);
      else push('navigation', u.start, u.end);
      continue;
    }
    if (AGENCY_LINE_RE.test(t) && !blocks.some((b) => b.type === 'paragraph')) push('byline', u.start, u.end);
    else if (isSourceLine(t)) push('source', u.start, u.end);
    else if (isBoilerplate(t)) push('boilerplate', u.start, u.end);
    else if (isByline(t)) push('byline', u.start, u.end);
    else if (isDateLine(t)) push('dateline', u.start, u.end);
    else if (t.length <= 700 && words(t) >= 4 && findCredit(t) && !isDateLine(t.slice(0, findCredit(t)!.index))) pushCaption(u);
    else if (DATELINE_RE.test(t) && DATELINE_RE.exec(t)![0].length >= t.length - 20) push('dateline', u.start, u.end);
    else if (words(t) <= 12 && !TERMINAL_RE.test(t) && findDates(t).some((d) => d.year && (d.month || d.day))) push('dateline', u.start, u.end);
    else if (isCaption(t) && !(DATELINE_RE.test(t) && t.length > 200)) pushCaption(u);
    else {
      const d = DATELINE_RE.exec(t);
      if (d && d[0].length < t.length - 20) {
        const cut = u.start + d[0].trimEnd().length;
        push('dateline', u.start, cut);
        const rest = cut + (text.slice(cut, u.end).length - text.slice(cut, u.end).trimStart().length);
        push('paragraph', rest, u.end);
      } else if (words(t) <= 12 && !TERMINAL_RE.test(t) && !BULLET_RE.test(t)) {
        push('subheading', u.start, u.end); // settled below: subheading inside the body, chrome outside it
      } else push('paragraph', u.start, u.end);
    }
  }

  function pushCaption(u: Unit) {
    const t = u.text;
    const m = findCredit(t);
    let credit: Block['credit'];
    if (m) {
      const lead = m[0].length - m[0].replace(/^[\s.!?|]+/, '').length;
      const start = u.start + m.index + lead;
      credit = { start, end: u.end, text: text.slice(start, u.end) };
    }
    push('caption', u.start, u.end, credit ? { credit } : {});
  }

  // 2. Short unpunctuated lines outside the body are chrome, not intertitles.
  const paras = blocks.map((b, i) => (b.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
  const first = paras[0] ?? Infinity;
  const last = paras[paras.length - 1] ?? -1;
  blocks.forEach((b, i) => {
    if (b.type === 'subheading' && (i < first || i > last)) b.type = i > last ? 'boilerplate' : 'navigation';
  });
  // 3. A first paragraph set apart from the body by a byline, dateline or caption is the standfirst.
  const hIdx = blocks.findIndex((b) => b.type === 'headline');
  if (hIdx >= 0 && blocks[hIdx + 1]?.type === 'paragraph') {
    const next = blocks[hIdx + 2];
    if (next && (next.type === 'byline' || next.type === 'dateline' || next.type === 'caption') && paras.length > 1) blocks[hIdx + 1]!.type = 'standfirst';
  }
  return { blocks, meta: metaFromBlocks(text, blocks) };
}

/** Publisher, byline, date and URLs as the blocks state them. */
export function metaFromBlocks(text: string, blocks: Omit<Block, 'lang'>[]): ArticleMeta {
  const meta: ArticleMeta = { urls: [] };
  const field = (value: string, start: number): MetaField => ({ value, start, end: start + value.length, from: 'text' });
  for (const b of blocks) {
    const t = text.slice(b.start, b.end);
    if (b.type === 'source') {
      const s = SOURCE_LINE_RE.exec(t) ?? COPYRIGHT_RE.exec(t);
      const name = s?.[1]?.replace(/\s*[.,]\s*$/, '').replace(RIGHTS_RE, '').trim();
      if (name && !/^https?:|^www\./i.test(name)) meta.publisher = field(name, b.start + t.indexOf(name));
    } else if (b.type === 'byline' && !meta.byline) {
      const name = t.replace(/^\s*(?:par|by|por|de|written by|écrit par|escrito por|texto:?|text:?|auteur\s*:|author\s*:|autor\s*:|redacción\s*:?)\s+/iu, '');
      meta.byline = field(name, b.start + t.indexOf(name));
    } else if (b.type === 'dateline') {
      const d = DATELINE_RE.exec(t);
      const agency = d?.[1] ?? d?.[2];
      if (agency && !meta.publisher) meta.publisher = field(agency, b.start + t.indexOf(agency, d!.index));
      const date = findDates(t).find((x) => x.year);
      if (date && !meta.published) meta.published = { ...field(t.slice(date.start, date.end), b.start + date.start), date: date.iso };
    }
  }
  meta.urls = findUrls(text).map((u) => field(u.value, u.start));
  const urlLine = blocks.find((b) => b.type === 'source' && URL_LINE_RE.test(text.slice(b.start, b.end)));
  if (urlLine) meta.url = meta.urls.find((u) => u.start! >= urlLine.start && u.start! < urlLine.end);
  return meta;
}

export type { Article };

/** Every URL in the text; the URL pattern only runs on lines that contain "http" or "www.". */
export function findUrls(text: string): { value: string; start: number }[] {
  const out: { value: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.includes('http') || line.includes('www.')) {
      URL_RE.lastIndex = 0;
      for (let m = URL_RE.exec(line); m; m = URL_RE.exec(line)) out.push({ value: m[0], start: pos + m.index });
    }
    pos += line.length + 1;
  }
  return out;
}
