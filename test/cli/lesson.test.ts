import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { parseLesson } from '../../src/core/lesson/index.js';

const SEED = join(import.meta.dirname, '../../examples/presstv-fr-coalition.txt');

describe('loupe lesson', () => {
  it('builds a lesson that parses, checks it, and prints a handout with the teacher’s edits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loupe-lesson-'));
    const out = join(dir, 'l.json');
    const r = await run(['lesson', SEED, '--rubric', 'sift', '--instructions', 'Mark what you doubt.', '--title', 'T1', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const lesson = parseLesson(readFileSync(out, 'utf8'), out);
    expect(lesson).toMatchObject({ format: 'loupe-lesson', version: 1, rubric: 'sift', instructions: 'Mark what you doubt.', title: 'T1' });
    expect(lesson.annotations.length).toBeGreaterThan(0);
    expect((await run(['lesson', 'check', out])).stdout).toMatch(/: ok — \d+ reference flags \(0 added, 0 edited, 0 dismissed/);

    // Hand-edit: dismiss the first mission flag, rewrite another.
    const raw = JSON.parse(readFileSync(out, 'utf8'));
    const mission = raw.annotations.filter((a: { kind: string }) => !['transparency', 'source-profile'].includes(a.kind));
    mission[0].teacher = { dismissed: { reason: 'too weak' } };
    mission[1].teacher = { original: { message: mission[1].message, severity: mission[1].severity } };
    mission[1].message = 'Rewritten by hand.';
    writeFileSync(out, JSON.stringify(raw));
    const html = await run(['lesson', 'handout', out]);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('Rewritten by hand.');
    expect(html.stdout).not.toContain(`id="${mission[0].id}"`);
    expect(html.stdout).toMatch(/class="teacher">✎ [^<]+</);
    const json = JSON.parse((await run(['lesson', 'handout', out, '--format', 'json'])).stdout);
    expect(json.annotations.map((a: { id: string }) => a.id)).not.toContain(mission[0].id);
    expect(JSON.stringify(json.score)).toContain('too weak');
  });

  it('a hand-broken lesson: one line naming the field, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loupe-lesson-'));
    const out = join(dir, 'l.json');
    await run(['lesson', SEED, '--out', out]);
    const raw = JSON.parse(readFileSync(out, 'utf8'));
    raw.annotations[0].severity = 'serious';
    writeFileSync(out, JSON.stringify(raw));
    for (const args of [['lesson', 'check', out], ['lesson', 'handout', out]]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('annotations[0].severity');
    }
    raw.annotations[0].severity = 'info';
    raw.rubric = 'nope';
    writeFileSync(out, JSON.stringify(raw));
    expect((await run(['lesson', 'check', out])).stderr).toMatch(/rubric: unknown rubric "nope"/);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['lesson'])).code).toBe(2);
    expect((await run(['lesson', SEED, '--rubric', './x.rubric.yaml'])).code).toBe(2);
    expect((await run(['lesson', 'handout'])).code).toBe(2);
  });
});
