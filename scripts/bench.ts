/**
 * npm run bench — speed and size, measured side by side in one process, reported as ratios.
 *
 * Pipeline: `analyze` on 10 kB, 200 kB and 2 MB of varied article text (the eval corpus, shuffled and
 * repeated) beside a baseline pass over the same text: split paragraphs, then Intl.Segmenter sentences and
 * words per paragraph. Targets: 2 MB within 3x the baseline; 2 MB costs at most 12x what 200 kB costs.
 * Extra sections: scripts/bench/*.ts (default export async () => ({ name, lines, summary })).
 */
import { readdir } from 'node:fs/promises';
import { analyze } from '../src/core/analyze.js';
import { parseDocument } from '../src/cli/io.js';
import { benchParagraphs, makeText as makeTextFrom } from './lib/bench-text.js';

const paragraphs = await benchParagraphs();
const makeText = (size: number, seed = 7) => makeTextFrom(paragraphs, size, seed);

function baseline(text: string): number {
  const sentences = new Intl.Segmenter('fr', { granularity: 'sentence' });
  const words = new Intl.Segmenter('fr', { granularity: 'word' });
  let count = 0;
  for (const p of text.split(/\n\s*\n/)) {
    for (const s of sentences.segment(p)) {
      for (const w of words.segment(s.segment)) if (w.isWordLike) count++;
    }
  }
  return count;
}

async function time(fn: () => unknown, runs: number): Promise<number> {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)]!;
}

const sizes: [string, number, number][] = [
  ['10 kB', 10_000, 15],
  ['200 kB', 200_000, 5],
  ['2 MB', 2_000_000, 3],
];
await analyze(makeText(20_000), { format: 'text', parseDocument }); // warm up (loads lazy data)
baseline(makeText(20_000));

console.log('Loupe bench — analyze() vs baseline (paragraphs → Intl.Segmenter sentences → words), median of runs\n');
console.log('size      analyze ms   baseline ms   ratio   flags');
const rows: Record<string, { analyzeMs: number; baselineMs: number; ratio: number; flags: number }> = {};
for (const [label, size, runs] of sizes) {
  const text = makeText(size);
  let flags = 0;
  const a = await time(async () => {
    flags = (await analyze(text, { format: 'text', parseDocument })).annotations.length;
  }, runs);
  const b = await time(() => baseline(text), runs);
  rows[label] = { analyzeMs: +a.toFixed(1), baselineMs: +b.toFixed(1), ratio: +(a / b).toFixed(2), flags };
  console.log(`${label.padEnd(9)} ${a.toFixed(1).padStart(10)} ${b.toFixed(1).padStart(13)} ${(a / b).toFixed(2).padStart(7)} ${String(flags).padStart(7)}`);
}
const growth = rows['2 MB']!.analyzeMs / rows['200 kB']!.analyzeMs;
const ratio2mb = rows['2 MB']!.ratio;
console.log(`\n2 MB vs baseline: ${ratio2mb.toFixed(2)}x (target ≤ 3x) ${ratio2mb <= 3 ? 'PASS' : 'FAIL'}`);
console.log(`growth 200 kB → 2 MB: ${growth.toFixed(2)}x for 10x the text (target ≤ 12x) ${growth <= 12 ? 'PASS' : 'FAIL'}`);

// Where the time goes: each detector alone on the 200 kB text (state-media runs first for unsourced-claim,
// which reads its findings; its share is subtracted).
const { detectors } = await import('../src/core/detectors/index.js');
const { parseArticle } = await import('../src/core/parse/index.js');
const t200 = makeText(200_000);
const parseMs = await time(() => parseArticle(t200, { format: 'text' }), 3);
const article = await parseArticle(t200, { format: 'text' });
const perDetector: Record<string, number> = { parse: +parseMs.toFixed(1) };
for (const d of detectors) perDetector[d.meta.id] = await time(() => analyze(article, { detectors: [d], rubric: null }), 3);
const sm = detectors.find((d) => d.meta.id === 'state-media');
const uc = detectors.find((d) => d.meta.id === 'unsourced-claim');
if (sm && uc) perDetector['unsourced-claim'] = Math.max(0, (await time(() => analyze(article, { detectors: [sm, uc], rubric: null }), 3)) - perDetector['state-media']!);
perDetector.score = (await time(() => analyze(article, { detectors: [] }), 3)) - (await time(() => analyze(article, { detectors: [], rubric: null }), 3));
console.log(`\n200 kB, ms per stage: ${Object.entries(perDetector).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · ')}`);

const sections: { name: string; summary: unknown }[] = [];
const dir = new URL('./bench/', import.meta.url);
for (const f of (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(new URL(f, dir).href)) as { default: () => Promise<{ name: string; lines: string[]; summary: unknown }> };
  const s = await mod.default();
  sections.push(s);
  console.log(`\n== ${s.name} ==`);
  for (const l of s.lines) console.log(l);
}
console.log('\nJSON summary:');
console.log(JSON.stringify({ pipeline: rows, growth200kTo2M: +growth.toFixed(2), perStage200k: perDetector, sections: Object.fromEntries(sections.map((s) => [s.name, s.summary])) }));
