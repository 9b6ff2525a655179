import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Frame } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_TEXT = readFileSync(`${root}examples/presstv-fr-coalition.txt`, 'utf8');
export const AXE = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

let seedReport: string | undefined;
/** The seed's report as made by the CLI (`loupe analyze --format json`). */
export function seedReportJson(): string {
  seedReport ??= execFileSync('node', [`${root}bin/loupe.js`, 'analyze', `${root}examples/presstv-fr-coalition.txt`, '--format', 'json'], { encoding: 'utf8' });
  return seedReport;
}

/** Serve files under /__fixtures/NAME from memory (no network: the preview server's origin). */
export async function fixtures(page: Page, files: Record<string, { body: string; type?: string }>): Promise<void> {
  await page.route((url) => url.pathname.startsWith('/__fixtures/'), (route) => {
    const name = new URL(route.request().url()).pathname.replace('/__fixtures/', '');
    const f = files[name];
    return f ? route.fulfill({ status: 200, contentType: f.type ?? 'text/plain; charset=utf-8', body: f.body }) : route.fulfill({ status: 404, body: 'not found' });
  });
}

/** A host page at /__test/host.html loading dist/loupe.js, with the given body. */
export async function hostPage(page: Page, body: string, lang = 'en'): Promise<void> {
  await page.route('**/__test/host.html', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Loupe test</title><link rel="icon" href="data:,"><script type="module" src="/loupe.js"></script></head><body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto('/__test/host.html');
}

/** Wait until the (first) widget has rendered a report or an error. */
export async function ready(target: Page | Frame, status: 'ready' | 'error' = 'ready'): Promise<void> {
  await target.waitForFunction((s) => (document.querySelector('loupe-annotator') as unknown as { status?: string } | null)?.status === s, status, { timeout: 60_000 });
  await target.waitForTimeout(50);
}

/** Kinds present in the widget's report. */
export function reportKinds(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => [...new Set((document.querySelector('loupe-annotator') as unknown as { report: { annotations: { kind: string }[] } }).report.annotations.map((a) => a.kind))].sort());
}

/** Description of the deepest focused element (through shadow roots). */
export function focused(page: Page): Promise<{ tag: string; action?: string; id?: string; annotationId?: string; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const h = el as HTMLElement;
    return { tag: h?.tagName.toLowerCase() ?? '', action: h?.dataset?.action, id: h?.id, annotationId: h?.dataset?.annotationId, text: (h?.textContent ?? '').trim().slice(0, 60) };
  });
}

/** Press Tab until the focused element matches, up to `max` presses. */
export async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (match(await focused(page))) return;
  }
  throw new Error(`tabTo: nothing matched after ${max} presses`);
}

/** Student annotations in the panel's work (kind, span, quote, note). */
export function studentWork(page: Page) {
  return page.evaluate(() => {
    const a = document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { work: { annotations: { id: string; kind: string; start: number; end: number; quote: string; note: string }[] } };
    return a.work.annotations.map(({ kind, start, end, quote, note }) => ({ kind, start, end, quote, note }));
  });
}
