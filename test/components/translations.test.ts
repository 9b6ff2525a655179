import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../src/components/localize/translations.js';
import { toLang } from '../../src/components/localize/localize.js';
import { safeUrl } from '../../src/components/safe-url.js';

const langs = Object.keys(TRANSLATIONS) as (keyof typeof TRANSLATIONS)[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('widget translation tables', () => {
  it('cover fr, en and es', () => {
    expect(langs.sort()).toEqual(['en', 'es', 'fr']);
  });
  const keys = new Set(langs.flatMap((l) => Object.keys(TRANSLATIONS[l])));
  for (const l of langs) {
    it(`${l} has every key, none empty`, () => {
      const missing = [...keys].filter((k) => !(TRANSLATIONS[l] as unknown as Record<string, string>)[k]?.trim());
      expect(missing).toEqual([]);
    });
  }
  it('the same placeholders in every language', () => {
    const diffs: string[] = [];
    for (const k of keys) {
      const ref = placeholders((TRANSLATIONS.en as unknown as Record<string, string>)[k] ?? '');
      for (const l of langs) {
        const p = placeholders((TRANSLATIONS[l] as unknown as Record<string, string>)[k] ?? '');
        if (JSON.stringify(p) !== JSON.stringify(ref)) diffs.push(`${l}.${k}: ${p} vs en ${ref}`);
      }
    }
    expect(diffs).toEqual([]);
  });
  it('French and Spanish are not copies of English (beyond a few shared words)', () => {
    for (const l of ['fr', 'es'] as const) {
      const same = [...keys].filter((k) => (TRANSLATIONS[l] as unknown as Record<string, string>)[k] === (TRANSLATIONS.en as unknown as Record<string, string>)[k]);
      expect(same.length).toBeLessThan(keys.size / 10);
    }
  });
});

describe('language tags', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['EN', 'en'],
    ['es_419', 'es'],
    ['de', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (tag, lang) => expect(toLang(tag)).toBe(lang));
});

describe('safeUrl: only http(s) links', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>1</script>', null],
    ['vbscript:x', null],
    ['/relative', null],
    ['', null],
    [undefined, null],
  ])('%s', (u, out) => expect(safeUrl(u)).toBe(out));
});
