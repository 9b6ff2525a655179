/**
 * Widget bench (a section of `npm run bench`), measured in Debian's Chromium through Playwright:
 *  - size: gzip of dist/loupe.js and of everything it imports statically (the lazy chunks are listed apart);
 *  - seed: from the module loaded to the seed report rendered and interactive (first flag focusable) — target 50 ms;
 *  - large: a 20,000-word article with 1,000 flags (nested and overlapping) rendered — target 500 ms;
 *  - card: opening a flag's card (click → card rendered and laid out) — target 16 ms.
 * Builds dist/ first; serves it from 127.0.0.1 (no network). Times are medians of several runs.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.txt': 'text/plain' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Static imports of a built module, transitively (relative specifiers only). */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g)) staticGraph(join(file, '..', m[1]!), seen);
  return seen;
}

/** A synthetic report: `words` words in paragraphs of 50, `flags` annotations (some nested, some overlapping). */
export function bigReport(words: number, flags: number) {
  const vocab = ['le', 'ministre', 'a', 'déclaré', 'que', 'la', 'coopération', 'entre', 'les', 'deux', 'pays', 'sera', 'renforcée', 'selon', 'des', 'sources', 'officielles', 'dans', 'un', 'communiqué'];
  let x = 42;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const paras: string[] = [];
  for (let w = 0; w < words; w += 50) paras.push(Array.from({ length: 50 }, (_, i) => vocab[(w + i * 7 + Math.floor(rnd() * 5)) % vocab.length]).join(' ') + '.');
  const text = 'Titre du banc d’essai : une coalition est-elle possible ?\n\n' + paras.join('\n\n');
  const blocks: { id: string; type: string; start: number; end: number }[] = [];
  let pos = 0;
  text.split('\n\n').forEach((p, i) => {
    blocks.push({ id: `b${i}`, type: i === 0 ? 'headline' : 'paragraph', start: pos, end: pos + p.length });
    pos += p.length + 2;
  });
  const kinds = ['state-media', 'caption-mismatch', 'headline-framing', 'unsourced-claim'] as const;
  const annotations = [];
  for (let i = 0; i < flags; i++) {
    const b = blocks[1 + Math.floor(rnd() * (blocks.length - 1))]!;
    const start = b.start + Math.floor(rnd() * (b.end - b.start - 40));
    const end = Math.min(b.end, start + 5 + Math.floor(rnd() * (i % 5 === 0 ? 200 : 60)));
    const kind = kinds[i % 4]!;
    annotations.push({
      id: `${kind}:${start}-${end}:${i}`, kind, detector: kind, messageId: 'm', start, end, quote: text.slice(start, end),
      severity: 'caution', confidence: 0.7, message: `Message ${i}`, evidence: [{ type: 'x', text: `evidence ${i}`, url: 'https://example.org/' }],
    });
  }
  annotations.sort((a, b) => a.start - b.start || b.end - a.end);
  return { version: 1, lang: 'fr', article: { text, lang: 'fr', format: 'text', blocks, meta: { urls: [] } }, annotations, score: null, warnings: [] };
}

export default async function widgetBench() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const main = join(dist, 'loupe.js');
  const graph = [...staticGraph(main)];
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const mainGzip = gz(main);
  const staticGzip = graph.reduce((n, f) => n + gz(f), 0);
  const lazy = readdirSync(join(dist, 'chunks')).map((f) => join(dist, 'chunks', f)).filter((f) => !graph.includes(f));
  const lazyGzip = lazy.reduce((n, f) => n + gz(f), 0);

  const seedReport = execFileSync('node', [join(root, 'bin/loupe.js'), 'analyze', join(root, 'examples/presstv-fr-coalition.txt'), '--format', 'json'], { encoding: 'utf8' });
  const big = JSON.stringify(bigReport(20_000, 1_000));
  const pages: Record<string, string> = {
    '/seed.json': seedReport,
    '/big.json': big,
    '/bench.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"></head><body><main id="m"></main></body></html>`,
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages[path]) return void res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain' }).end(pages[path]);
    const file = join(dist, path);
    if (!file.startsWith(dist) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  type Run = { full: number; warm: number; load: number; host: number; view: number; layout: number; render: number; card: number; flags: number };
  async function measure(reportPath: string): Promise<Run> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/bench.html`);
    const report = await (await fetch(`${base}${reportPath}`)).json();
    const r = await page.evaluate(async (report) => {
      type El = HTMLElement & { report: unknown; updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
      const t0 = performance.now();
      await import('/loupe.js' as string);
      const t1 = performance.now();
      const el = document.createElement('loupe-annotator') as El;
      el.report = report;
      document.getElementById('m')!.append(el);
      await el.updateComplete;
      const tA = performance.now();
      const view = el.shadowRoot.querySelector('loupe-article-view') as unknown as El;
      await view.updateComplete;
      const tV = performance.now();
      const first = view.shadowRoot.querySelector<HTMLButtonElement>('button.flag');
      first?.focus();
      void document.body.offsetHeight; // layout
      const t2 = performance.now();
      // Long articles render progressively: wait for the last block.
      await (view as unknown as { whenComplete: () => Promise<void> }).whenComplete();
      void document.body.offsetHeight;
      const t3 = performance.now();
      // Opening a card: median of 15 clicks on different flags (each closes the previous one).
      const flags = Array.from(view.shadowRoot.querySelectorAll<HTMLButtonElement>('button.flag'));
      const cards: number[] = [];
      for (let i = 0; i < Math.min(15, flags.length); i++) {
        const b = flags[Math.floor((i * flags.length) / 15)]!;
        const s = performance.now();
        b.click();
        await el.updateComplete;
        await view.updateComplete;
        const card = view.shadowRoot.querySelector('loupe-annotation-card') as unknown as El | null;
        await card?.updateComplete;
        void document.body.offsetHeight;
        cards.push(performance.now() - s);
      }
      cards.sort((a, b) => a - b);
      // A second widget on the same page: the cost without one-time work (style sheets, template compilation).
      el.remove();
      const w0 = performance.now();
      const el2 = document.createElement('loupe-annotator') as El;
      el2.report = report;
      document.getElementById('m')!.append(el2);
      await el2.updateComplete;
      await (el2.shadowRoot.querySelector('loupe-article-view') as unknown as { whenComplete: () => Promise<void> }).whenComplete();
      el2.shadowRoot.querySelector<HTMLButtonElement>('loupe-article-view')?.shadowRoot?.querySelector<HTMLButtonElement>('button.flag')?.focus();
      void document.body.offsetHeight;
      const warm = performance.now() - w0;
      return { full: t3 - t1, warm, load: t1 - t0, host: tA - t1, view: tV - tA, layout: t2 - tV, render: t2 - t1, card: cards[Math.floor(cards.length / 2)] ?? NaN, flags: flags.length };
    }, report);
    await page.close();
    return r;
  }
  const runs = async (p: string, n: number) => {
    const out: Run[] = [];
    for (let i = 0; i < n; i++) out.push(await measure(p));
    return { full: median(out.map((r) => r.full)), warm: median(out.map((r) => r.warm)), load: median(out.map((r) => r.load)), host: median(out.map((r) => r.host)), view: median(out.map((r) => r.view)), layout: median(out.map((r) => r.layout)), render: median(out.map((r) => r.render)), card: median(out.map((r) => r.card)), flags: out[0]!.flags };
  };
  const seed = await runs('/seed.json', 5);
  const large = await runs('/big.json', 3);
  await browser.close();
  server.close();

  const ok = (v: number, max: number) => (v <= max ? 'ok' : 'OVER');
  const lines = [
    `dist/loupe.js gzip ${kB(mainGzip)} (target ≤ 50 kB: ${ok(mainGzip, 50 * 1024)}); with its static imports ${kB(staticGzip)} in ${graph.length} files; lazy chunks ${kB(lazyGzip)} in ${lazy.length} files`,
    `seed (${seed.flags} flags): module load ${seed.load.toFixed(1)} ms; rendered + interactive ${seed.render.toFixed(1)} ms after load (target 50 ms: ${ok(seed.render, 50)}; widget ${seed.host.toFixed(1)} + article ${seed.view.toFixed(1)} + layout ${seed.layout.toFixed(1)}; a second widget on the page: ${seed.warm.toFixed(1)} ms)`,
    `20,000 words, ${large.flags} flags: first screen interactive ${large.render.toFixed(1)} ms (widget ${large.host.toFixed(1)} + layout ${large.layout.toFixed(1)}); every block rendered ${large.full.toFixed(1)} ms (target 500 ms: ${ok(large.full, 500)}); a second widget: ${large.warm.toFixed(1)} ms`,
    `machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} while measuring (times scale with load)`,
    `open a card: seed ${seed.card.toFixed(1)} ms, large article ${large.card.toFixed(1)} ms (target 16 ms: ${ok(Math.max(seed.card, large.card), 16)})`,
  ];
  return {
    name: 'widget (Chromium)',
    lines,
    summary: {
      loupeJsGzipBytes: mainGzip,
      staticGzipBytes: staticGzip,
      lazyGzipBytes: lazyGzip,
      seedRenderMs: Math.round(seed.render * 10) / 10,
      seedWarmRenderMs: Math.round(seed.warm * 10) / 10,
      largeWarmRenderMs: Math.round(large.warm * 10) / 10,
      largeFirstScreenMs: Math.round(large.render * 10) / 10,
      largeRenderMs: Math.round(large.full * 10) / 10,
      cardOpenMs: Math.round(Math.max(seed.card, large.card) * 10) / 10,
      largeFlags: large.flags,
    },
  };
}

// Run alone: npx tsx scripts/bench/widget.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await widgetBench();
  console.log(`# ${r.name}\n${r.lines.join('\n')}`);
}
