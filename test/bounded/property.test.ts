/**
 * Property test: 500 mutated inputs (the seed article with random unicode, RTL text and marks, combining marks,
 * CRLF, NUL, broken HTML) never crash the analysis and keep `quote === text.slice(start, end)` for every
 * annotation. A seeded PRNG makes every run the same; a failure names the case's seed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/io.js';
import { analyze } from '../../src/core/analyze.js';
import { InputError } from '../../src/core/errors.js';

const SEED = readFileSync(new URL('../../../shared/seed/presstv-fr-coalition.txt', import.meta.url), 'utf8');

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RTL = ['\u202e', '\u202b', '\u200f', '\u061c', 'مصدر رسمي', 'שר החוץ', '\u2067', '\u2069'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u0489', 'e\u0301\u0301\u0301', '\u1ab0'];
const BROKEN = ['<div', '</p>', '<p>', '<!--', '-->', '<script>', '</script>', '<b><i>', '</div></div>', '&amp', '&#x', '&#0;', '<a href="', '">', '<table><tr><td>', '<figure><figcaption>', '<svg><path/>', '<![CDATA[', '<!doctype html>', '<html><body>', '<title>', '<textarea>', '<div>'.repeat(40), '<' , '>', '"', "'"];
const CHARS = ['\r\n', '\r', '\n\n', '\t', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ud83d\ude00', '\ud83c', '\udc00', '\u0000', '\u200b', '«', '»', '“', '”', '?', '!', '.', ' '];

function mutate(r: () => number, base: string): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  // A window of the seed, sometimes as an HTML page.
  const from = Math.floor(r() * base.length * 0.6);
  let s = base.slice(from, from + 200 + Math.floor(r() * 3000));
  const edits = 1 + Math.floor(r() * 25);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (s.length + 1));
    const kind = r();
    let ins: string;
    if (kind < 0.2) ins = pick(RTL);
    else if (kind < 0.35) ins = pick(COMBINING);
    else if (kind < 0.6) ins = pick(BROKEN);
    else if (kind < 0.85) ins = pick(CHARS);
    else if (kind < 0.95) ins = String.fromCodePoint(Math.floor(r() * 0x2ffff)).replace(/[\ud800-\udfff]/g, '');
    else {
      // Delete a span.
      s = s.slice(0, at) + s.slice(at + Math.floor(r() * 40));
      continue;
    }
    s = s.slice(0, at) + ins + s.slice(at);
  }
  const wrap = r();
  if (wrap < 0.3) s = `<!doctype html><html><head><title>${s.slice(0, 80)}</title></head><body><article><h1>${s.slice(0, 60)}</h1>${s.split(/\n+/).map((p) => `<p>${p}`).join('')}</article>`;
  else if (wrap < 0.4) s = s.replace(/\n/g, '\r\n');
  return s;
}

describe('property: mutated articles never crash and keep quotes exact', () => {
  it('500 mutated inputs', async () => {
    let analysed = 0;
    let refused = 0;
    const reasons: Record<string, number> = {};
    for (let k = 0; k < 500; k++) {
      const seed = 16_000 + k;
      const input = mutate(prng(seed), SEED);
      let report;
      try {
        report = await analyze(input, { parseDocument, where: `case ${seed}`, rubric: null });
      } catch (e) {
        // The only acceptable refusals: a NUL byte (binary) or nothing readable, as one clear line naming the input.
        expect(e, `case ${seed}`).toBeInstanceOf(InputError);
        const msg = (e as Error).message;
        expect(msg, `case ${seed}`).toMatch(/^case \d+: /);
        expect(msg, `case ${seed}`).not.toContain('\n');
        expect(msg, `case ${seed}`).toMatch(/NUL bytes|no readable text|blank|empty/);
        if (/NUL bytes/.test(msg)) expect(input.includes('\u0000'), `case ${seed}`).toBe(true);
        refused++;
        reasons[msg.replace(/^case \d+: /, "").slice(0, 40)] = (reasons[msg.replace(/^case \d+: /, "").slice(0, 40)] ?? 0) + 1;
        continue;
      }
      analysed++;
      const text = report.article.text;
      for (const a of report.annotations) {
        expect(a.quote, `case ${seed} ${a.id}`).toBe(text.slice(a.start, a.end));
        expect(a.start >= 0 && a.end <= text.length && a.start < a.end, `case ${seed} ${a.id}`).toBe(true);
      }
      for (const b of report.article.blocks) expect(b.start >= 0 && b.end <= text.length && b.start <= b.end, `case ${seed} ${b.id}`).toBe(true);
    }
    // Most mutated inputs are analysed, not refused; a refusal is for a NUL byte, or all text inside an
    // unclosed comment or script.
    expect(analysed).toBeGreaterThan(400);
    expect(Object.keys(reasons).filter((r) => !/binary/.test(r)).reduce((n, r) => n + reasons[r]!, 0)).toBeLessThanOrEqual(5);
    expect(analysed + refused).toBe(500);
  }, 180_000);
});
