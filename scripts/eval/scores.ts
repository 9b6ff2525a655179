/**
 * Eval section "rubric scores": every fixture scored with the default rubric (credibility), and the targets
 * of the rubric issue — the seed at most 35 % of the maximum, every honest fixture at least 70 %, every
 * state-media fixture below every honest one.
 */
import { analyze } from '../../src/core/analyze.js';
import { parseDocument } from '../../src/cli/io.js';
import { DEFAULT_RUBRIC, bundledRubrics } from '../../src/core/rubric/bundled.js';
import { scoreAnnotations } from '../../src/core/rubric/score.js';
import { loadCorpus } from '../lib/corpus.js';

const SEED = 'presstv-fr-coalition';
const SEED_MAX = 35;
const HONEST_MIN = 70;

export default async function scores() {
  const fixtures = await loadCorpus();
  const rubrics = await bundledRubrics();
  const rows: { name: string; category: string; pct: number; total: number; max: number; band: string; criteria: string }[] = [];
  /** Other bundled rubrics, same annotations: percentage per fixture. */
  const others: Record<string, { name: string; category: string; pct: number }[]> = {};
  for (const f of fixtures) {
    const format = f.file.endsWith('.html') ? 'html' : f.file.endsWith('.json') ? 'json' : 'text';
    const report = await analyze(f.input, { where: f.name, parseDocument, format, rubric: undefined, messageLang: 'en' });
    const s = report.score;
    if (!s) continue;
    for (const [id, r] of Object.entries(rubrics)) {
      if (id === DEFAULT_RUBRIC) continue;
      const o = scoreAnnotations(r, report.annotations, 'en');
      (others[id] ??= []).push({ name: f.name, category: f.gold.category, pct: o.max ? (100 * o.total) / o.max : 100 });
    }
    rows.push({
      name: f.name,
      category: f.gold.category,
      pct: s.max ? (100 * s.total) / s.max : 100,
      total: s.total,
      max: s.max,
      band: s.band.id,
      criteria: s.criteria.map((c) => `${c.id.split('-')[0]} ${c.points}/${c.max}`).join(', '),
    });
  }
  const lines: string[] = [`rubric: ${DEFAULT_RUBRIC} (default)`, ''];
  const byCat = [...rows].sort((a, b) => a.category.localeCompare(b.category) || b.pct - a.pct || a.name.localeCompare(b.name));
  for (const r of byCat)
    lines.push(`  ${r.name.padEnd(36)} ${r.category.padEnd(11)} ${`${r.total}/${r.max}`.padStart(7)} ${r.pct.toFixed(0).padStart(4)}%  ${r.band.padEnd(16)} ${r.criteria}`);

  const seed = rows.find((r) => r.name === SEED);
  const honest = rows.filter((r) => r.category === 'honest');
  const state = rows.filter((r) => r.category === 'state-media');
  const minHonest = honest.length ? Math.min(...honest.map((r) => r.pct)) : null;
  const maxState = state.length ? Math.max(...state.map((r) => r.pct)) : null;
  const lowHonest = honest.filter((r) => r.pct < HONEST_MIN).map((r) => r.name);
  const overlap = minHonest !== null && maxState !== null ? state.filter((r) => r.pct >= minHonest).map((r) => r.name) : [];
  const targets = {
    seedAtMost35: seed ? seed.pct <= SEED_MAX : null,
    honestAtLeast70: honest.length ? lowHonest.length === 0 : null,
    stateBelowHonest: minHonest !== null && maxState !== null ? maxState < minHonest : null,
  };
  const mark = (ok: boolean | null) => (ok === null ? 'n/a ' : ok ? 'PASS' : 'FAIL');
  lines.push(
    '',
    `  ${mark(targets.seedAtMost35)}  seed ≤ ${SEED_MAX}% of the maximum: ${seed ? `${seed.pct.toFixed(1)}%` : 'seed fixture missing'}`,
    `  ${mark(targets.honestAtLeast70)}  every honest fixture ≥ ${HONEST_MIN}%: lowest ${minHonest?.toFixed(1) ?? 'n/a'}% (${honest.length} fixtures)${lowHonest.length ? ` — below: ${lowHonest.join(', ')}` : ''}`,
    `  ${mark(targets.stateBelowHonest)}  every state-media fixture below every honest one: highest state-media ${maxState?.toFixed(1) ?? 'n/a'}% vs lowest honest ${minHonest?.toFixed(1) ?? 'n/a'}%${overlap.length ? ` — overlapping: ${overlap.join(', ')}` : ''}`,
  );
  lines.push('', '  other bundled rubrics (same annotations; informational):');
  const otherSummary: Record<string, unknown> = {};
  for (const [id, rs] of Object.entries(others)) {
    const h = rs.filter((r) => r.category === 'honest').map((r) => r.pct);
    const st = rs.filter((r) => r.category === 'state-media').map((r) => r.pct);
    const sd = rs.find((r) => r.name === SEED)?.pct;
    const lo = h.length ? Math.min(...h) : null;
    const hi = st.length ? Math.max(...st) : null;
    const ordered = lo !== null && hi !== null ? hi < lo : null;
    lines.push(`    ${id.padEnd(10)} seed ${sd?.toFixed(1) ?? 'n/a'}%  lowest honest ${lo?.toFixed(1) ?? 'n/a'}%  highest state-media ${hi?.toFixed(1) ?? 'n/a'}%  ${ordered === null ? '' : ordered ? 'state-media below honest' : 'OVERLAP'}`);
    otherSummary[id] = { seedPct: sd ?? null, minHonestPct: lo, maxStateMediaPct: hi, stateBelowHonest: ordered };
  }
  return {
    name: 'rubric scores',
    lines,
    summary: {
      rubric: DEFAULT_RUBRIC,
      seedPct: seed ? Math.round(seed.pct * 10) / 10 : null,
      minHonestPct: minHonest === null ? null : Math.round(minHonest * 10) / 10,
      maxStateMediaPct: maxState === null ? null : Math.round(maxState * 10) / 10,
      targets,
      perFixture: Object.fromEntries(rows.map((r) => [r.name, Math.round(r.pct * 10) / 10])),
      others: otherSummary,
    },
  };
}
