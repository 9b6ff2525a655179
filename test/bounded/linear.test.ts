/**
 * Bounded work on hostile and broken pages: each finishes, and its cost grows at most linearly. Costs are
 * compared side by side in one run (never against a clock): the HTML budget's operation counter, the size of
 * the DOMs the expensive passes (Readability, our tree walks) receive, and the time of the whole analysis.
 */
import { describe, expect, it } from 'vitest';
import { HTML_BUDGET } from '../../src/core/parse/budget.js';
import { pages, sideBySide, type Measure } from '../../scripts/lib/hostile-pages.js';

/** 10x the input may cost at most this many times more: linear with room for noise, far below quadratic (100x). */
const LINEAR_10X = 25;

function invariants(m: Measure) {
  for (const a of m.report.annotations) expect(a.quote).toBe(m.report.article.text.slice(a.start, a.end));
  // What the expensive passes got is bounded whatever the page: depth within the budget (+1 for flat leaves
  // and the parser's own wrappers), elements within the budget for each of the two DOMs.
  expect(m.domDepth).toBeLessThanOrEqual(HTML_BUDGET.maxDepth + 2);
  expect(m.domElements).toBeLessThanOrEqual(2 * (HTML_BUDGET.maxElements + 64));
}

const cases: { name: string; make: (n: number) => string; n: number; warns: RegExp | null }[] = [
  { name: 'deep nesting 1e3 → 1e4', make: pages.deep, n: 1_000, warns: /levels deep/ },
  { name: 'deep nesting 1e4 → 1e5', make: pages.deep, n: 10_000, warns: /levels deep/ },
  { name: '1e4 → 1e5 siblings', make: pages.siblings, n: 10_000, warns: /elements; past the first/ },
  { name: '1e3 → 1e4 attributes on one element', make: pages.attributes, n: 1_000, warns: /attributes/ },
  { name: 'a 100 kB → 1 MB text node', make: pages.hugeText, n: 100_000, warns: null },
  { name: '1e3 → 1e4 groups of unclosed tags', make: pages.unclosed, n: 1_000, warns: /levels deep|inline formatting/ },
  { name: '300 → 3,000 figures with captions', make: pages.figures, n: 300, warns: null },
  { name: '1e3 → 1e4 links', make: pages.links, n: 1_000, warns: null },
];

describe('bounded work on hostile HTML', () => {
  for (const c of cases) {
    it(`${c.name}: finishes, and 10x the input costs at most ~10x`, async () => {
      const [small, big] = await sideBySide(c.make(c.n), c.make(c.n * 10), 2);
      for (const m of [small, big]) invariants(m);
      if (c.warns) expect(big.report.warnings.some((w) => c.warns!.test(w))).toBe(true);
      else expect(big.report.warnings.filter((w) => w.startsWith('html budget:'))).toEqual([]);
      // The budget's own pass: counted operations, linear.
      expect(big.budgetOps / small.budgetOps).toBeLessThanOrEqual(12);
      // The whole analysis, timed side by side.
      expect(big.ms / small.ms).toBeLessThanOrEqual(LINEAR_10X);
      // The text kept grows with the input where it has text to keep.
      expect(big.report.article.text.length).toBeGreaterThanOrEqual(small.report.article.text.length);
    }, 120_000);
  }
});
