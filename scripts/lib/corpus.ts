/**
 * The evaluation corpus: test/fixtures/articles/NAME.{txt,html,json} + NAME.gold.json.
 * Gold format (see README "Evaluation"):
 * {
 *   "lang": "fr",                       // the article's language
 *   "category": "honest",               // honest | state-media | opinion | mixed | wire
 *   "description": "what this fixture tests",
 *   "blocks":    [{ "type": "headline", "quote": "…" }],          // blocks the parser must find
 *   "expected":  [{ "kind": "state-media", "quote": "Fars News", "messageId"?: "…" }],
 *   "forbidden": [{ "kind": "state-media", "quote"?: "AFP" }],    // no quote: no flag of that kind at all
 *   "maxFlags":  { "unsourced-claim": 1 }                          // at most n flags of a kind
 * }
 * A quote is located at its first occurrence (or `occurrence`, 0-based) in article.text.
 * For each mission kind, `expected` is exhaustive: another flag of that kind is a false positive.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const FIXTURES = new URL('../../test/fixtures/articles/', import.meta.url);

const Item = z.object({ kind: z.string(), quote: z.string().optional(), messageId: z.string().optional(), occurrence: z.number().int().nonnegative().optional() });
export const Gold = z.object({
  lang: z.enum(['fr', 'en', 'es']),
  category: z.enum(['honest', 'state-media', 'opinion', 'mixed', 'wire']),
  description: z.string().optional(),
  blocks: z.array(z.object({ type: z.string(), quote: z.string() })).default([]),
  expected: z.array(Item.extend({ quote: z.string() })).default([]),
  forbidden: z.array(Item).default([]),
  maxFlags: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type Gold = z.infer<typeof Gold>;

export interface Fixture {
  name: string;
  file: string;
  input: string;
  gold: Gold;
}

export async function loadCorpus(dirs: string[] = [FIXTURES.pathname]): Promise<Fixture[]> {
  const out: Fixture[] = [];
  for (const dir of dirs) out.push(...(await loadDir(dir)));
  return out;
}

async function loadDir(dir: string): Promise<Fixture[]> {
  const names = (await readdir(dir)).sort();
  const out: Fixture[] = [];
  for (const f of names) {
    if (!/\.(txt|html|json)$/.test(f) || f.endsWith('.gold.json')) continue;
    const base = f.replace(/\.(txt|html|json)$/, '');
    if (!names.includes(`${base}.gold.json`)) continue;
    const raw = JSON.parse(await readFile(join(dir, `${base}.gold.json`), 'utf8'));
    const r = Gold.safeParse(raw);
    if (!r.success) throw new Error(`${base}.gold.json: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    out.push({ name: base, file: join(dir, f), input: await readFile(join(dir, f), 'utf8'), gold: r.data });
  }
  return out;
}

/** The span of a gold quote in the article text, or null when the quote is not there. */
export function locate(text: string, quote: string, occurrence = 0): { start: number; end: number } | null {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + quote.length };
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
