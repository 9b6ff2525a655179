/**
 * Hostile HTML (issue 16): pages of n nested <div>s around one paragraph beside a flat page of the same bytes
 * (n empty sibling <div>s, then the paragraph), analysed side by side in one process (fastest of 3 runs each).
 * Target: depth 3,000 and 100,000 within 2x of the flat page, with an "html budget:" warning.
 * Before the budget (parse/budget.ts), depth 1,000 took about 15 s and 3,000 over a minute.
 */
import { pages, sideBySide } from '../lib/hostile-pages.js';

export default async function hostileBench() {
  const lines = ['depth      bytes    deep ms   flat ms   ratio   warned'];
  const summary: Record<string, { bytes: number; deepMs: number; flatMs: number; ratio: number; warned: boolean }> = {};
  await sideBySide(pages.deep(100), pages.flat(100), 1); // warm up
  let pass = true;
  for (const depth of [250, 500, 1_000, 3_000, 100_000]) {
    const [d, f] = await sideBySide(pages.deep(depth), pages.flat(depth), 3);
    const ratio = d.ms / f.ms;
    const warned = d.report.warnings.some((w) => w.startsWith('html budget:'));
    summary[String(depth)] = { bytes: pages.deep(depth).length, deepMs: +d.ms.toFixed(1), flatMs: +f.ms.toFixed(1), ratio: +ratio.toFixed(2), warned };
    if (depth >= 3_000 && !(ratio <= 2 && warned)) pass = false;
    lines.push(`${depth.toLocaleString('en-US').padEnd(8)} ${String(pages.deep(depth).length).padStart(8)} ${d.ms.toFixed(1).padStart(10)} ${f.ms.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(7)}   ${warned ? 'yes' : 'no'}`);
  }
  lines.push(`depth 3,000 and 100,000 within 2x of flat, with a warning: ${pass ? 'PASS' : 'FAIL'}`);
  return { name: 'hostile HTML: deep vs flat pages of the same size', lines, summary: { ...summary, pass } };
}
