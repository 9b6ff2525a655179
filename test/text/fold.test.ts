import { describe, expect, it } from 'vitest';
import { findWord, fold } from '../../src/core/text/fold.js';

describe('fold', () => {
  it.each([
    ['Élysée', 'elysee'],
    ['ÑANDÚ', 'nandu'],
    ['l’État', "l'etat"],
    ['a\u00a0b\u202fc', 'a b c'],
    ['İstanbul', 'istanbul'],
    ['São Paulo', 'sao paulo'],
  ])('%s → %s', (input, out) => expect(fold(input)).toBe(out));

  it('keeps the length and the position of every character, short and long, with astral characters', () => {
    const alphabet = ['a', 'É', 'ñ', '’', '\u00a0', '😀', 'İ', 'ß', 'Ⅻ', ' ', 'Z', 'ç', '\u0301', '«'];
    let x = 1;
    for (const len of [5, 100, 300, 5000]) {
      let s = '';
      while (s.length < len) s += alphabet[(x = (x * 48271) % 2147483647) % alphabet.length];
      const f = fold(s);
      expect(f.length).toBe(s.length);
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 128) expect(f[i]).toBe(s[i]!.toLowerCase());
    }
  });

  it('findWord matches whole words only', () => {
    const t = fold('Le Président du Conseil présidentiel');
    expect(findWord(t, 'president')).toEqual([3]);
  });
});
