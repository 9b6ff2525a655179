/**
 * Done-when of issue 16: pages nested 3,000 and 100,000 deep analyse within 2x of a flat page of the same byte
 * size (side by side in one run), with a warning. Before the HTML budget, depth 1,000 took 15 s and 3,000
 * more than a minute, while the flat page takes a few tens of milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { pages, sideBySide } from '../../scripts/lib/hostile-pages.js';

describe('deep pages cost what flat pages of the same size cost', () => {
  for (const depth of [3_000, 100_000]) {
    it(`depth ${depth.toLocaleString('en-US')}: within 2x of a flat page of the same bytes, with a warning`, async () => {
      const deep = pages.deep(depth);
      const flat = pages.flat(depth);
      expect(deep.length).toBe(flat.length);
      const [d, f] = await sideBySide(deep, flat, 3);
      expect(d.report.warnings.some((w) => w.startsWith('html budget:') && /levels deep/.test(w))).toBe(true);
      // The paragraph deep inside is read.
      expect(d.report.article.blocks.some((b) => b.type === 'paragraph')).toBe(true);
      expect(d.budgetOps / f.budgetOps).toBeLessThanOrEqual(2);
      expect(d.domElements).toBeLessThanOrEqual(f.domElements * 2);
      expect(d.ms / f.ms).toBeLessThanOrEqual(2);
    }, 120_000);
  }
});
