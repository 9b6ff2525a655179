import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { checkRubricText } from '../../src/core/rubric/load.js';
import { bundledRubrics, DEFAULT_RUBRIC } from '../../src/core/rubric/bundled.js';
import { LANGS } from '../../src/core/model/article.js';
import { staleFiles, RUBRICS_DIR } from '../../scripts/build-rubrics.js';

const files = (await readdir(RUBRICS_DIR)).filter((f) => f.endsWith('.rubric.yaml')).sort();

describe('bundled rubrics', () => {
  it('there are at least three, and the default is among them', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files).toContain(`${DEFAULT_RUBRIC}.rubric.yaml`);
  });

  for (const f of files)
    describe(f, async () => {
      const text = await readFile(new URL(f, RUBRICS_DIR), 'utf8');
      const r = checkRubricText(text, f);
      it('validates, with every text in fr, en and es', () => {
        expect(r.errors).toEqual([]);
        expect(r.warnings).toEqual([]);
        expect(`${r.rubric!.id}.rubric.yaml`).toBe(f);
      });
      it('points its editor at the generated JSON Schema', () => {
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./rubric.schema.json');
      });
      it('every criterion cites an http(s) source and has prompts in every language', () => {
        for (const c of r.rubric!.criteria) {
          expect(c.sources.some((s) => /^https?:\/\//.test(s.url ?? '')), c.id).toBe(true);
          for (const l of LANGS) expect(c.prompts[l]?.length ?? 0, `${c.id} prompts ${l}`).toBeGreaterThan(0);
        }
      });
      it('adds up to 100 points, with a band at 0', () => {
        expect(r.rubric!.criteria.reduce((s, c) => s + c.points, 0)).toBe(100);
        expect(r.rubric!.bands.some((b) => b.min === 0)).toBe(true);
      });
    });

  it('rubrics/bundled.json and rubrics/rubric.schema.json are up to date (npx tsx scripts/build-rubrics.ts)', async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it('bundled.json holds every rubric file, default first', async () => {
    const all = await bundledRubrics();
    expect(Object.keys(all)[0]).toBe(DEFAULT_RUBRIC);
    expect(Object.keys(all).sort()).toEqual(files.map((f) => f.replace('.rubric.yaml', '')).sort());
  });
});

describe('docs/rubrics.md', () => {
  it('its annotated example is a valid rubric', async () => {
    const md = await readFile(new URL('../../docs/rubrics.md', import.meta.url), 'utf8');
    const block = /```yaml\n([\s\S]*?)```/.exec(md)?.[1];
    expect(block).toBeDefined();
    const r = checkRubricText(block!, 'docs/rubrics.md');
    expect(r.errors).toEqual([]);
    expect(r.rubric!.criteria[0]!.deductions).toHaveLength(2);
  });
});

describe('rubrics/rubric.schema.json (for editors)', () => {
  it('accepts every bundled rubric and rejects a typo or a wrong type', async () => {
    const { z } = await import('zod');
    const { parse } = await import('yaml');
    const Schema = z.fromJSONSchema(JSON.parse(await readFile(new URL('rubric.schema.json', RUBRICS_DIR), 'utf8')));
    for (const f of files) expect(Schema.safeParse(parse(await readFile(new URL(f, RUBRICS_DIR), 'utf8'))).success, f).toBe(true);
    const bad = parse(await readFile(new URL(files[0]!, RUBRICS_DIR), 'utf8'));
    bad.criteria[0].points = 'ten';
    bad.criteria[1].pionts = 1;
    bad.criteria[2].deductions[0].kind = 'fake';
    const r = Schema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(expect.arrayContaining(['criteria.0.points', 'criteria.1']));
  });
});
