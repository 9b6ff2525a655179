import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../src/core/student');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('src/core/student stays browser-safe and framework-free', () => {
  it('has modules', () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    const src = readFileSync(join(DIR, f), 'utf8');
    it(`${f}: imports only zod and core modules`, () => {
      const specifiers = [...src.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);
      for (const s of specifiers) expect(s === 'zod' || (s.startsWith('.') && !s.includes('components') && !s.includes('/cli/') && !s.includes('/llm/'))).toBe(true);
    });
    it(`${f}: uses no DOM or Node globals`, () => {
      const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(/\b(?:window|document|localStorage|sessionStorage|process|require|Buffer)\b/);
    });
  }
});
