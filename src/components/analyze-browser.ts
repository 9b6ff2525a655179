/**
 * The browser's analysis pipeline (a lazy chunk: loaded only when the widget is given an article rather than a
 * report). HTML is sanitized with DOMPurify before the DOM parser sees it, so nothing in it can run or load.
 */
import DOMPurify from 'dompurify';
import { analyze } from '../core/analyze.js';
import type { Report } from '../core/model/report.js';
import type { RubricRef } from '../core/rubric/index.js';

export function parseDocument(h: string): Document {
  const clean = DOMPurify.sanitize(h, { WHOLE_DOCUMENT: true }) as unknown as string;
  return new DOMParser().parseFromString(clean, 'text/html');
}

export async function analyzeInBrowser(text: string, opts: { rubric?: RubricRef; url?: string; where?: string }): Promise<Report> {
  return analyze(text, { parseDocument, rubric: opts.rubric, url: opts.url, where: opts.where });
}

/** Parse a rubric fetched from a URL: JSON, else YAML. */
export async function parseRubricText(body: string, where: string): Promise<RubricRef> {
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{')) return JSON.parse(body) as RubricRef;
  const { parse } = await import('yaml');
  const v = parse(body) as unknown;
  if (!v || typeof v !== 'object') throw new Error(`${where}: not a rubric (expected a JSON or YAML object)`);
  return v as RubricRef;
}
