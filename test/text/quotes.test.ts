import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/text/quotes.js';

const quotes = (s: string) => findQuotes(s).map((q) => ({ quote: s.slice(q.start, q.end), speaker: q.speaker?.text, style: q.style }));

describe('findQuotes', () => {
  it.each([
    ['guillemets with NBSP, inverted speaker', '«\u00a0Nous ne signerons pas\u00a0», a-t-elle affirmé.', '«\u00a0Nous ne signerons pas\u00a0»', 'elle', 'guillemets'],
    ['curly quotes, speaker before with colon', 'La ministre a répondu : “Le budget sera tenu.”', '“Le budget sera tenu.”', 'La ministre', 'curly'],
    ['straight quotes, speaker after (en)', '"The bridge will reopen in June," the mayor said.', '"The bridge will reopen in June,"', 'the mayor', 'straight'],
    ['straight quotes, said + name', '"We were never consulted," said Ana Torres, a union delegate.', '"We were never consulted,"', 'Ana Torres', 'straight'],
    ['es guillemets, verb then name', '«No habrá recortes», aseguró Marta Gil en la radio.', '«No habrá recortes»', 'Marta Gil', 'guillemets'],
    ['single curly quotes', 'He called it ‘a fair deal’ on Monday.', '‘a fair deal’', undefined, 'single'],
  ] as const)('%s', (_n, text, quote, speaker, style) => {
    const q = quotes(text);
    expect(q[0]?.quote).toBe(quote);
    expect(q[0]?.speaker).toBe(speaker);
    expect(q[0]?.style).toBe(style);
  });

  it('em-dash dialogue takes its speaker from the incise', () => {
    const text = '—No vamos a subir los precios —dijo el gerente—. Lo garantizo.';
    const [q] = findQuotes(text);
    expect(q?.style).toBe('dash');
    expect(q?.speaker?.text).toBe('el gerente');
  });

  it('never takes apostrophes for quotation marks', () => {
    expect(findQuotes("L’Iran et l’Irak n’ont pas répondu, dit-on. It’s John’s call.")).toEqual([]);
  });

  it('counts words so scare quotes can be told from statements', () => {
    const [q] = findQuotes('Le plan dit de « paix » a été rejeté.');
    expect(q?.words).toBe(1);
  });

  it('ignores an opening mark that never closes in the block', () => {
    expect(findQuotes('Il a dit « bonjour et il est parti.')).toEqual([]);
  });
});
