import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/text/sentences.js';

const split = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['fr titles', 'M. Lemaire est arrivé mardi. Mme Roux l’a reçu. Le Dr Bakri était absent.', ['M. Lemaire est arrivé mardi.', 'Mme Roux l’a reçu.', 'Le Dr Bakri était absent.']],
    ['en titles and U.S.', 'Dr. Okafor met U.S. officials in Lagos. Mr. Hale left on Friday.', ['Dr. Okafor met U.S. officials in Lagos.', 'Mr. Hale left on Friday.']],
    ['es EE.UU. and Sr.', 'El Sr. Robles viajó a EE.UU. la semana pasada. Volvió el lunes.', ['El Sr. Robles viajó a EE.UU. la semana pasada.', 'Volvió el lunes.']],
    ['initials', 'J. K. Mensah signed the deal. Talks resume in May.', ['J. K. Mensah signed the deal.', 'Talks resume in May.']],
    ['decimals and etc. mid-sentence', 'Le taux est passé à 3.5 % en mai, etc. et rien ne change. Fin.', ['Le taux est passé à 3.5 % en mai, etc. et rien ne change.', 'Fin.']],
    ['questions and exclamations', '¿Quién paga? Nadie lo sabe! Seguimos.', ['¿Quién paga?', 'Nadie lo sabe!', 'Seguimos.']],
    ['quotation kept whole', '« Nous partons. Nous reviendrons », a dit la maire. Elle a raccroché.', ['« Nous partons. Nous reviendrons », a dit la maire.', 'Elle a raccroché.']],
    ['quotation that ends a sentence', '“We are done.” The talks ended there.', ['“We are done.”', 'The talks ended there.']],
    ['apostrophes are not quotes', "L’ONU n’a pas réagi. L’UE non plus.", ['L’ONU n’a pas réagi.', 'L’UE non plus.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns spans into the original text for a block in the middle', () => {
    const text = 'HEAD\n\nUne phrase. Une autre.\n\nTAIL';
    const start = text.indexOf('Une');
    const end = text.indexOf('\n\nTAIL');
    const spans = splitSentences(text, start, end);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Une phrase.', 'Une autre.']);
  });

  it('stays linear on a long block (no pathological slowdown on unclosed quotes)', () => {
    const block = ('Il a dit « bonjour. Puis rien. ').repeat(20000);
    const spans = splitSentences(block);
    expect(spans.length).toBeGreaterThan(20000);
  });
});
