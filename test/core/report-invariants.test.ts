import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { Report } from '../../src/core/model/report.js';
import { MAX_INPUT_CHARS } from '../../src/core/parse/index.js';
import { parseDocument } from '../../src/cli/io.js';
import { loadCorpus } from '../../scripts/lib/corpus.js';

const corpus = await loadCorpus();

describe('report contract on every corpus article', () => {
  it('has fixtures in fr, en and es', () => {
    for (const l of ['fr', 'en', 'es']) expect(corpus.filter((f) => f.gold.lang === l).length).toBeGreaterThanOrEqual(3);
  });
  for (const f of corpus) {
    it(f.name, async () => {
      const report = Report.parse(await analyze(f.input, { parseDocument, where: f.name }));
      const { text, blocks } = report.article;
      expect(report.article.lang).toBe(f.gold.lang);
      let prevEnd = 0;
      for (const b of blocks) {
        expect(b.start).toBeGreaterThanOrEqual(prevEnd);
        expect(b.end).toBeGreaterThan(b.start);
        expect(b.end).toBeLessThanOrEqual(text.length);
        prevEnd = b.end;
      }
      const ids = new Set<string>();
      for (const a of report.annotations) {
        expect(text.slice(a.start, a.end)).toBe(a.quote);
        expect(ids.has(a.id)).toBe(false);
        ids.add(a.id);
        expect(a.message).not.toMatch(/\{\w+\}/); // every template placeholder filled
      }
      for (const field of ['publisher', 'byline', 'published', 'url'] as const) {
        const m = report.article.meta[field];
        if (m?.start !== undefined) expect(text.slice(m.start, m.end)).toBe(m.value);
      }
    });
  }
});

describe('large input', () => {
  it('analyses a 5 MB paste', async () => {
    const para = (i: number) => `Paragraph ${i}: the council said on Tuesday that the budget would rise by ${i % 50}% next year, according to its report. Officials described the plan in detail.`;
    const parts: string[] = ['A very long article for a stress test of the pipeline'];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const p = para(i);
      parts.push(p);
      size += p.length + 2;
    }
    const report = await analyze(parts.join('\n\n'), { format: 'text' });
    expect(report.article.text.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(report.article.blocks.length).toBeGreaterThan(1000);
  }, 120_000);

  it('refuses input over the cap with a clear message', async () => {
    await expect(analyze('x'.repeat(MAX_INPUT_CHARS + 1), { where: 'big.txt' })).rejects.toThrow(/^big\.txt: too large \(8\.0 M characters; the limit is 8 M\)/);
  });
});
