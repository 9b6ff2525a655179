/**
 * Captions moved to another story: every caption of the cap-* fixtures is inserted under the headline of every
 * other cap-* article (its own captions removed). Originals of honest fixtures must stay silent; most moved
 * captions must be flagged. A measure on articles the detector was not tuned on, not a fixed list of answers.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import { parseArticle } from '../../src/core/parse/index.js';
import { captionMismatch } from '../../src/core/detectors/caption-mismatch.js';

const dir = new URL('../fixtures/articles/', import.meta.url);
const names = readdirSync(dir).filter((f) => /^cap-.*\.txt$/.test(f)).map((f) => f.replace(/\.txt$/, ''));

interface Item { name: string; honest: boolean; body: string[]; headline: number; captions: string[] }

async function load(): Promise<Item[]> {
  const out: Item[] = [];
  for (const name of names) {
    const input = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
    const gold = JSON.parse(readFileSync(new URL(`${name}.gold.json`, dir), 'utf8')) as { category: string };
    const a = await parseArticle(input, { format: 'text' });
    const caps = a.blocks.filter((b) => b.type === 'caption');
    const captions = caps.map((b) => a.text.slice(b.start, b.end));
    const body = a.text.split('\n\n').filter((l) => !captions.some((c) => l.includes(c)));
    const h = a.blocks.find((b) => b.type === 'headline')!;
    out.push({ name, honest: gold.category === 'honest' || gold.category === 'wire', body, headline: body.findIndex((l) => l.includes(a.text.slice(h.start, h.end))), captions });
  }
  return out;
}

const run = (text: string) => analyze(text, { detectors: [captionMismatch], rubric: null, format: 'text' });

describe('caption-mismatch on captions moved between stories', () => {
  it('the honest originals stay silent, and at least half of the moved captions are flagged', async () => {
    const items = await load();
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const it of items.filter((x) => x.honest)) {
      const r = await run(readFileSync(new URL(`${it.name}.txt`, dir), 'utf8'));
      expect(r.annotations.filter((a) => a.kind === 'caption-mismatch').map((a) => a.quote), it.name).toEqual([]);
    }
    let moved = 0, flagged = 0;
    for (const target of items) {
      for (const src of items) {
        if (src === target) continue;
        for (const cap of src.captions) {
          const lines = [...target.body.slice(0, target.headline + 1), cap, ...target.body.slice(target.headline + 1)];
          const r = await run(lines.join('\n\n'));
          const block = r.article.blocks.find((b) => b.type === 'caption' && r.article.text.slice(b.start, b.end) === cap);
          if (!block) continue;
          moved++;
          if (r.annotations.some((a) => a.kind === 'caption-mismatch' && a.start === block.start)) flagged++;
        }
      }
    }
    expect(moved).toBeGreaterThan(50);
    expect(flagged / moved).toBeGreaterThanOrEqual(0.5);
  }, 60_000);
});
