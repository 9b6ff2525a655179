/**
 * npm run eval — runs the detectors over the labelled corpus and prints, per kind, recall, precision and
 * forbidden hits, then any extra sections (scripts/eval/*.ts: headline sets, rubric scores…), then a
 * JSON summary on the last line.
 */
import { readdir } from 'node:fs/promises';
import { analyze } from '../src/core/analyze.js';
import { MISSION_KINDS, type Annotation } from '../src/core/model/annotation.js';
import { parseDocument } from '../src/cli/io.js';
import { loadCorpus, locate, overlaps, type Fixture } from './lib/corpus.js';

export interface EvalSection {
  name: string;
  lines: string[];
  summary: Record<string, unknown>;
}

interface KindStats { expected: number; found: number; flags: number; truePositive: number; forbiddenHits: number; overMax: number }

// `npm run eval -- --dir DIR [--dir DIR2]` evaluates other corpora (e.g. a held-out set) instead.
const dirs = process.argv.flatMap((a, i, all) => (a === '--dir' && all[i + 1] ? [all[i + 1]!.replace(/\/?$/, '/')] : []));
const fixtures = await loadCorpus(dirs.length ? dirs : undefined);
const stats: Record<string, KindStats> = {};
const st = (k: string) => (stats[k] ??= { expected: 0, found: 0, flags: 0, truePositive: 0, forbiddenHits: 0, overMax: 0 });
const problems: string[] = [];
const perFixture: Record<string, unknown>[] = [];

for (const f of fixtures) {
  const report = await analyze(f.input, { where: f.name, parseDocument, format: f.file.endsWith('.html') ? 'html' : f.file.endsWith('.json') ? 'json' : 'text' });
  const text = report.article.text;
  const anns = report.annotations;
  const row: Record<string, unknown> = { name: f.name, lang: f.gold.lang, category: f.gold.category, flags: countBy(anns), score: report.score ? `${report.score.total}/${report.score.max}` : null };
  const missed: string[] = [];
  const expectedSpans: { kind: string; start: number; end: number }[] = [];
  for (const e of f.gold.expected) {
    const span = locate(text, e.quote, e.occurrence);
    if (!span) {
      problems.push(`${f.name}: expected quote not in text: "${e.quote}"`);
      continue;
    }
    expectedSpans.push({ kind: e.kind, ...span });
    st(e.kind).expected++;
    if (anns.some((a) => a.kind === e.kind && overlaps(a, span) && (!e.messageId || a.messageId === e.messageId))) st(e.kind).found++;
    else missed.push(`${e.kind} "${e.quote.slice(0, 50)}"`);
  }
  const extra: string[] = [];
  for (const a of anns) {
    if (!(MISSION_KINDS as readonly string[]).includes(a.kind)) continue;
    st(a.kind).flags++;
    if (expectedSpans.some((e) => e.kind === a.kind && overlaps(a, e))) st(a.kind).truePositive++;
    else extra.push(`${a.kind} "${a.quote.slice(0, 50)}"`);
  }
  for (const fb of f.gold.forbidden) {
    const span = fb.quote ? locate(text, fb.quote, fb.occurrence) : null;
    if (fb.quote && !span) {
      problems.push(`${f.name}: forbidden quote not in text: "${fb.quote}"`);
      continue;
    }
    const hits = anns.filter((a) => a.kind === fb.kind && (!span || overlaps(a, span)));
    if (hits.length) {
      st(fb.kind).forbiddenHits += hits.length;
      problems.push(`${f.name}: forbidden ${fb.kind}${fb.quote ? ` on "${fb.quote}"` : ''}: ${hits.map((h) => `"${h.quote.slice(0, 40)}"`).join(', ')}`);
    }
  }
  for (const [k, max] of Object.entries(f.gold.maxFlags)) {
    const n = anns.filter((a) => a.kind === k).length;
    if (n > max) {
      st(k).overMax++;
      problems.push(`${f.name}: ${n} ${k} flags (at most ${max})`);
    }
  }
  for (const b of f.gold.blocks) {
    const span = locate(text, b.quote);
    const blk = span && report.article.blocks.find((x) => overlaps(x, span));
    if (!blk || blk.type !== b.type) problems.push(`${f.name}: block "${b.quote.slice(0, 40)}" should be ${b.type}, is ${blk?.type ?? 'missing'}`);
  }
  row.missed = missed;
  row.extra = extra;
  perFixture.push(row);
}

function countBy(anns: Annotation[]): Record<string, number> {
  const o: Record<string, number> = {};
  for (const a of anns) o[a.kind] = (o[a.kind] ?? 0) + 1;
  return o;
}
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

console.log(`Loupe eval — ${fixtures.length} fixtures (${['fr', 'en', 'es'].map((l) => `${fixtures.filter((f: Fixture) => f.gold.lang === l).length} ${l}`).join(', ')})\n`);
console.log('kind               expected  found  recall   flags  precision  forbidden  over-max');
for (const k of [...MISSION_KINDS]) {
  const s = st(k);
  console.log(`${k.padEnd(18)} ${String(s.expected).padStart(8)} ${String(s.found).padStart(6)} ${pct(s.found, s.expected).padStart(7)} ${String(s.flags).padStart(7)} ${pct(s.truePositive, s.flags).padStart(10)} ${String(s.forbiddenHits).padStart(10)} ${String(s.overMax).padStart(9)}`);
}
console.log('\nper fixture:');
for (const r of perFixture) {
  console.log(`  ${String(r.name).padEnd(40)} ${String(r.category).padEnd(11)} flags ${JSON.stringify(r.flags)}${r.score ? `  score ${r.score}` : ''}`);
  for (const m of r.missed as string[]) console.log(`      missed: ${m}`);
  for (const m of r.extra as string[]) console.log(`      extra:  ${m}`);
}
if (problems.length) {
  console.log('\nproblems:');
  for (const p of problems) console.log(`  - ${p}`);
}

const sections: EvalSection[] = [];
const dir = new URL('./eval/', import.meta.url);
for (const f of (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.ts') && !dirs.length).sort()) {
  const mod = (await import(new URL(f, dir).href)) as { default: () => Promise<EvalSection> };
  const s = await mod.default();
  sections.push(s);
  console.log(`\n== ${s.name} ==`);
  for (const l of s.lines) console.log(l);
}

const summary = {
  fixtures: fixtures.length,
  kinds: Object.fromEntries(
    [...MISSION_KINDS].map((k) => {
      const s = st(k);
      return [k, { ...s, recall: s.expected ? s.found / s.expected : null, precision: s.flags ? s.truePositive / s.flags : null }];
    }),
  ),
  problems: problems.length,
  perFixture,
  sections: Object.fromEntries(sections.map((s) => [s.name, s.summary])),
};
console.log('\nJSON summary:');
console.log(JSON.stringify(summary));
