/**
 * Eval section: flag rate of the headline-framing cues on the Chakraborty et al. (2016) clickbait and
 * news headline sets (English; question marks mostly stripped), read with node:zlib from
 * test/fixtures/headlines/ (a copy of ../shared/data/headlines/, MIT, see LICENSE-clickbait and
 * README-clickbait.txt). Goal: ≥ 70 % of clickbait framed, ≤ 5 % of news. The lexicons are not built
 * from these lines.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { analyzeHeadlineWith, loadLexicon, type HeadlineAnalysis } from '../../src/core/detectors/headline/index.js';

const DIR = new URL('../../test/fixtures/headlines/', import.meta.url);
const SHARED = new URL('../../../shared/data/headlines/', import.meta.url);

async function readSet(name: string): Promise<{ lines: string[]; from: string } | null> {
  for (const dir of [DIR, SHARED]) {
    try {
      const buf = await readFile(new URL(name, dir));
      const lines = gunzipSync(buf).toString('utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      return { lines, from: new URL(name, dir).pathname };
    } catch {
      /* try the next place */
    }
  }
  return null;
}

export default async function headlines() {
  const name = 'headlines (Chakraborty et al. 2016 clickbait vs news, en)';
  const cb = await readSet('clickbait_data.gz');
  const news = await readSet('non_clickbait_data.gz');
  if (!cb || !news) {
    return { name, lines: ['  skipped: clickbait_data.gz / non_clickbait_data.gz not found in test/fixtures/headlines/ nor ../shared/data/headlines/'], summary: { skipped: true } };
  }
  const lex = await loadLexicon('en');
  const run = (lines: string[]) => lines.map((l) => analyzeHeadlineWith(lex, l));
  const rc = run(cb.lines);
  const rn = run(news.lines);
  const rate = (rs: HeadlineAnalysis[]) => rs.filter((r) => r.framed).length / rs.length;
  const byType = (rs: HeadlineAnalysis[]) => {
    const o: Record<string, number> = {};
    for (const r of rs) if (r.framed) for (const t of new Set(r.cues.map((c) => c.form === 'lexicon' ? c.type : c.form))) o[t] = (o[t] ?? 0) + 1;
    return Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
  };
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const clickbaitRate = rate(rc);
  const newsRate = rate(rn);
  const top = (o: Record<string, number>) => Object.entries(o).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ');
  const lines = [
    `  clickbait framed: ${rc.filter((r) => r.framed).length}/${rc.length} = ${pct(clickbaitRate)}  (goal ≥ 70%) ${clickbaitRate >= 0.7 ? 'ok' : 'BELOW GOAL'}`,
    `  news framed:      ${rn.filter((r) => r.framed).length}/${rn.length} = ${pct(newsRate)}  (goal ≤ 5%) ${newsRate <= 0.05 ? 'ok' : 'ABOVE GOAL'}`,
    `  clickbait cues (framed headlines): ${top(byType(rc))}`,
    `  news cues (framed headlines):      ${top(byType(rn))}`,
  ];
  return { name, lines, summary: { clickbait: rc.length, news: rn.length, clickbaitRate, newsRate, clickbaitCues: byType(rc), newsCues: byType(rn) } };
}
