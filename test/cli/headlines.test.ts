import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const parseLines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as { input: string; framed: boolean; cues: { type: string; quote: string; message: string }[] });

describe('loupe headlines', () => {
  it('reads one headline a line from stdin and prints one JSON object a line', async () => {
    const stdin = 'Is the city about to ban cars?\n\nCouncil approves budget for new library branch\r\nYou won\'t believe what this mayor did\n';
    const r = await run(['headlines', '--stdin', '--format', 'jsonl', '--lang', 'en'], { stdin });
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.input)).toEqual(['Is the city about to ban cars?', 'Council approves budget for new library branch', "You won't believe what this mayor did"]);
    expect(out.map((o) => o.framed)).toEqual([true, false, true]);
    expect(Object.keys(out[0]!.cues[0]!).sort()).toEqual(['message', 'quote', 'type']);
    expect(out[0]!.cues[0]).toMatchObject({ type: 'doubt', quote: 'Is the city about to ban cars?' });
    expect(out[2]!.cues.some((c) => c.type === 'clickbait' && c.quote === "You won't believe")).toBe(true);
  });

  it('accepts headlines as arguments, in French and Spanish', async () => {
    const r = await run(['headlines', '--lang', 'fr', 'Voici pourquoi vous payez trop', 'Pourquoi le prix du pain augmente']);
    expect(r.code).toBe(0);
    const [a, b] = parseLines(r.stdout);
    expect(a!.framed).toBe(true);
    expect(a!.cues[0]!.message).toMatch(/piège à clics/);
    expect(b!.framed).toBe(false);
    const es = parseLines((await run(['headlines', '--lang', 'es', '¿Está Bruselas detrás de la subida?'])).stdout);
    expect(es[0]!.cues[0]!.message).toMatch(/Pregunta/);
  });

  it('guesses the language of each headline when --lang is not given', async () => {
    const r = await run(['headlines', 'Le gouvernement va-t-il enfin céder face aux agriculteurs ?']);
    expect(parseLines(r.stdout)[0]!.cues[0]!.message).toMatch(/question/i);
  });

  it('has a readable text format', async () => {
    const r = await run(['headlines', '--format', 'text', '--lang', 'en', 'Is the city about to ban cars?']);
    expect(r.stdout).toMatch(/^! Is the city about to ban cars\?\n\s+framed — doubt/);
  });

  it('explains usage errors in one line, exit 2', async () => {
    for (const argv of [['headlines'], ['headlines', '--format', 'xml', 'x'], ['headlines', '--lang', 'de', 'x'], ['headlines', '--stdin', 'x']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^loupe headlines: /);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('rejects a line too long to be a headline, naming where (exit 1)', async () => {
    const r = await run(['headlines', '--stdin', '--lang', 'en'], { stdin: `ok headline\n${'word '.repeat(300)}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin line 2/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says so when stdin holds no headline (exit 1)', async () => {
    const r = await run(['headlines', '--stdin'], { stdin: '\n  \n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('loupe headlines: stdin: no headlines (expected one a line)\n');
  });

  it('prints --help', async () => {
    const r = await run(['headlines', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--stdin/);
  });
});
