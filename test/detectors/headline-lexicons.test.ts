import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon, type LexiconFile } from '../../src/core/detectors/headline/index.js';

const TECHNIQUES = ['doubt', 'loaded-language', 'exaggeration', 'name-calling', 'appeal-to-fear', 'slogans', 'clickbait', 'unsupported'];
const GRAMMAR = ['wh', 'aux', 'auxFollowers', 'explainer', 'direct', 'forward', 'numberWords', 'listNouns', 'reportingVerbs', 'stopwords', 'timeWords', 'acronyms'];

describe.each(['fr', 'en', 'es'])('rubrics/lexicons/%s.json', (lang) => {
  const file = JSON.parse(readFileSync(new URL(`../../rubrics/lexicons/${lang}.json`, import.meta.url), 'utf8')) as LexiconFile;

  it('says which language it is', () => expect(file.lang).toBe(lang));

  it('gives every list a technique, a weight, a source and a licence', () => {
    for (const [name, list] of Object.entries(file.lists)) {
      expect(TECHNIQUES, name).toContain(list.technique);
      expect(list.weight, name).toBeGreaterThan(0);
      expect(list.weight, name).toBeLessThanOrEqual(1);
      expect(list.source.length, name).toBeGreaterThan(20);
      expect(list.licence.length, name).toBeGreaterThan(2);
      expect(list.terms.length, name).toBeGreaterThan(0);
      for (const t of list.terms) expect(t.trim(), `${name}: "${t}"`).toBe(t);
      expect(list.terms.every((t) => t.length > 0), name).toBe(true);
    }
  });

  it('has the grammar the analyser needs, with its source', () => {
    for (const k of GRAMMAR) expect(Array.isArray((file.grammar as unknown as Record<string, unknown>)[k]), k).toBe(true);
    expect(file.grammar.source.length).toBeGreaterThan(20);
    expect(file.grammar.wh.length).toBeGreaterThan(3);
    expect(file.grammar.stopwords.length).toBeGreaterThan(30);
  });

  it('compiles, and every term can match something', () => {
    const lex = compileLexicon(file);
    const n = [...lex.byFirst.values()].reduce((s, a) => s + a.length, 0) + lex.prefixFirst.length;
    const total = Object.values(file.lists).reduce((s, l) => s + l.terms.length, 0);
    expect(n).toBe(total);
  });
});
