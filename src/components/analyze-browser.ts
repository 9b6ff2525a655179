/**
 * The browser's analysis pipeline (a lazy chunk: loaded only when the widget is given an article rather than a
 * report). The analysis runs in a Web Worker (analyze-worker.ts, started on first use), so the page stays
 * responsive whatever the article; where workers are unavailable it runs here. Either way HTML is first bounded
 * by the same budget as in the CLI (core/parse/budget.ts, applied by layoutHtml); here it is then sanitized with
 * DOMPurify before the DOM parser sees it, so nothing in it can run or load.
 */
import DOMPurify from 'dompurify';
import { analyze } from '../core/analyze.js';
import { InputError } from '../core/errors.js';
import type { Report } from '../core/model/report.js';
import type { RubricRef } from '../core/rubric/index.js';
import type { AnalyzeRequest, AnalyzeResponse } from './analyze-worker.js';

export function parseDocument(h: string): Document {
  const clean = DOMPurify.sanitize(h, { WHOLE_DOCUMENT: true }) as unknown as string;
  return new DOMParser().parseFromString(clean, 'text/html');
}

export interface BrowserAnalyzeOptions {
  rubric?: RubricRef;
  url?: string;
  where?: string;
  /** Run on the main thread (default: in a worker when the browser has them). */
  mainThread?: boolean;
}

/** Where the last analysis ran (for tests and diagnostics). */
export let lastRunIn: 'worker' | 'main' | null = null;

class WorkerUnavailable extends Error {}

/** Idle workers, reused; a busy one is never shared, so two widgets on a page analyse side by side. */
const idle: Worker[] = [];
let workersBroken = false;
let nextId = 1;

function startWorker(): Worker {
  return new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module', name: 'loupe-analyze' });
}

function inWorker(req: Omit<AnalyzeRequest, 'id'>): Promise<Report> {
  let worker: Worker;
  try {
    worker = idle.pop() ?? startWorker();
  } catch {
    return Promise.reject(new WorkerUnavailable());
  }
  const id = nextId++;
  return new Promise<Report>((resolve, reject) => {
    const done = (keep: boolean) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (keep && idle.length < 1) idle.push(worker);
      else worker.terminate();
    };
    const onMessage = (e: MessageEvent<AnalyzeResponse>) => {
      if (e.data.id !== id) return;
      done(true);
      if (e.data.ok) resolve(e.data.report as Report);
      else reject(e.data.error.name === 'InputError' ? new InputError(e.data.error.message) : new Error(e.data.error.message));
    };
    // The worker script could not load or start (a CSP without worker-src, an old browser): run here instead.
    const onError = (e: ErrorEvent) => {
      e.preventDefault();
      done(false);
      reject(new WorkerUnavailable());
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, ...req } satisfies AnalyzeRequest);
  });
}

export async function analyzeInBrowser(text: string, opts: BrowserAnalyzeOptions): Promise<Report> {
  if (!opts.mainThread && !workersBroken && typeof Worker === 'function') {
    try {
      const report = await inWorker({ text, rubric: opts.rubric, url: opts.url, where: opts.where });
      lastRunIn = 'worker';
      return report;
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      workersBroken = true;
    }
  }
  lastRunIn = 'main';
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
