/**
 * The analysis pipeline in a Web Worker, so a long or hostile article never freezes the page that shows the
 * widget. The worker has no DOMParser: HTML is parsed with linkedom's worker build, as the CLI does in Node
 * (it executes nothing and loads nothing), after the same HTML budget (core/parse/budget.ts). Started lazily by
 * analyze-browser.ts, which falls back to the main thread when workers are unavailable.
 */
import { parseHTML } from 'linkedom/worker';
import { analyze } from '../core/analyze.js';
import type { RubricRef } from '../core/rubric/index.js';

export interface AnalyzeRequest {
  id: number;
  text: string;
  rubric?: RubricRef;
  url?: string;
  where?: string;
}

export type AnalyzeResponse =
  | { id: number; ok: true; report: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };

const scope = self as unknown as { onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null; postMessage(m: AnalyzeResponse): void };

/** As the CLI's (cli/io.ts): a page without an <html> tag gets a root, as browsers give it. */
function parseDocument(h: string): Document {
  const { document } = parseHTML(h);
  if (document.documentElement?.localName === 'html') return document as unknown as Document;
  return parseHTML(`<!doctype html><html><body>${h}</body></html>`).document as unknown as Document;
}

scope.onmessage = async (e) => {
  const { id, text, rubric, url, where } = e.data;
  try {
    const report = await analyze(text, { parseDocument, rubric, url, where });
    scope.postMessage({ id, ok: true, report });
  } catch (err) {
    const error = err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
    scope.postMessage({ id, ok: false, error });
  }
};
